import GleanerModel

/// Places with ids: Chinese administrative divisions (places-cn.tsv: code, name, short forms,
/// level, parent) and world countries and cities (places-world.tsv, GeoNames ids) in Chinese,
/// Spanish and English. Built once; names are looked up through tries.
public struct Gazetteer: Sendable {
    public struct Place: Sendable {
        public let id: String
        public let name: String
        public let level: String
        public let parent: Int?   // index into places
    }
    struct Name: Sendable {
        let place: Int
        let short: Bool   // a short form (包头 for 包头市) rather than the full name
    }

    public let places: [Place]
    /// Index of each place by its id.
    let byId: [String: Int]
    let han: Trie<Name>
    let latin: Trie<Name>
    static let levelRank = ["country": 0, "province": 1, "prefecture": 2, "city": 2, "county": 3, "township": 4]

    init() throws {
        var places: [Place] = []
        var index: [String: Int] = [:]
        var han = Trie<Name>(), latin = Trie<Name>()
        let cn = try LexiconFile(named: "places-cn.tsv")
        var parents: [String] = []
        for r in cn.rows where r.count >= 5 {
            index[r[0]] = places.count
            places.append(Place(id: r[0], name: r[1], level: r[3], parent: nil))
            parents.append(r[4])
        }
        for (i, p) in parents.enumerated() where !p.isEmpty {
            let pl = places[i]
            places[i] = Place(id: pl.id, name: pl.name, level: pl.level, parent: index[p])
        }
        for (i, r) in cn.rows.enumerated() where r.count >= 5 {
            if r[1].unicodeScalars.count >= 2 { han.insert(r[1], Name(place: i, short: false)) }
            for s in r[2].split(separator: "|") where s.unicodeScalars.count >= 2 && s != r[1] {
                han.insert(String(s), Name(place: i, short: true))
            }
        }
        let china = places.count
        places.append(Place(id: "gn:1814991", name: "中国", level: "country", parent: nil))
        for n in ["中国", "中华人民共和国", "China", "the People's Republic of China"] {
            if n.unicodeScalars.first.map({ isHan($0.value) }) == true { han.insert(n, Name(place: china, short: false)) }
            else { latin.insert(n, Name(place: china, short: false)) }
        }
        let world = try LexiconFile(named: "places-world.tsv")
        for r in world.rows where r.count >= 7 {
            let kind = r[1] == "country" ? "country" : "city"
            if kind == "country" && r[6] == "CN" { continue }
            // world cities: only large ones (zh and es/en names of small ones are common words and names)
            if kind == "city", (Int(r[7]) ?? 0) < 1_000_000 { continue }
            // Chinese cities come from places-cn with their codes; world rows add the rest.
            let i = places.count
            places.append(Place(id: r[0], name: r[4].isEmpty ? r[2] : r[4], level: kind, parent: nil))
            for zh in [r[4], r[5]] where zh.unicodeScalars.count >= 2 {
                if r[6] == "CN" { continue }
                han.insert(zh, Name(place: i, short: false))
            }
            for l in Set([r[2], r[3]]) where l.unicodeScalars.count >= 4 && l.first?.isUppercase == true {
                latin.insert(l, Name(place: i, short: false))
            }
        }
        self.places = places
        var byId: [String: Int] = [:]
        for (i, p) in places.enumerated() where byId[p.id] == nil { byId[p.id] = i }
        self.byId = byId
        self.han = han
        self.latin = latin
    }

    /// The chain of ancestors of a place, top first (ids).
    public func parents(of i: Int) -> [String] {
        var chain: [String] = []
        var p = places[i].parent
        while let q = p { chain.insert(places[q].id, at: 0); p = places[q].parent }
        return chain
    }

    func ancestors(of i: Int) -> [Int] {
        var out: [Int] = []
        var p = places[i].parent
        while let q = p { out.append(q); p = places[q].parent }
        return out
    }

    public func place(id: String) -> Place? { byId[id].map { places[$0] } }
}
