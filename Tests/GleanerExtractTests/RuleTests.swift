import GleanerExtract
import GleanerModel
import Testing

/// One test per rule pattern, each on a real sentence (mostly from corpora/seeds).
@Suite struct RuleTests {
    static let lexicons = try! ExtractLexicons.load()
    var extractor: EntityExtractor { EntityExtractor(lexicons: Self.lexicons) }

    func find(_ text: String, _ published: String? = nil, _ type: Entity.Kind) -> [Entity] {
        extractor.extract(text, published: published).filter { $0.type == type }
    }
    func date(_ text: String, _ published: String? = nil) -> (String, DateValue)? {
        find(text, published, .date).first.map { ($0.text, $0.value.date!) }
    }

    // MARK: dates

    @Test func fullChineseDateWithElidedRange() {
        let d = date("2022年3月17日至23日是第六届“巴渝社会工作宣传周”。")!
        #expect(d.0 == "2022年3月17日至23日")
        #expect(d.1.start == "2022-03-17" && d.1.end == "2022-03-23" && !d.1.inferred)
    }
    @Test func rangeWithDashAndRepeatedMonth() {
        let d = date("二、活动时间\n2016年3月15日—3月21日\n三、活动地点")!
        #expect(d.1.start == "2016-03-15" && d.1.end == "2016-03-21")
    }
    @Test func chineseNumeralYearAndNian() {
        let d = date("二〇一七年三月廿一日，社区举行活动。")!
        #expect(d.0 == "二〇一七年三月廿一日" && d.1.start == "2017-03-21")
    }
    @Test func monthDayWithoutYearIsInferred() {
        let d = date("3月29日，秀洲区第十一届社工月暨新塍镇社会工作主题活动拉开帷幕。", "2024-04-01")!
        #expect(d.1.start == "2024-03-29" && d.1.inferred)
    }
    @Test func dayWithoutRiBeforePartOfDay() {
        let d = date("3月26上午，由市民政局、昆區民政局主辦", "2017-03-28")!
        // the morning's hours (08:00–12:00, as Recognizers-Text sets them) on that day
        #expect(d.0 == "3月26上午" && d.1.start == "2017-03-26T08:00" && d.1.end == "2017-03-26T12:00" && d.1.granularity == "part-of-day")
    }
    @Test func xunPeriods() {
        let d = date("2023年3月下旬，街道开展活动。")!
        #expect(d.1.start == "2023-03-21" && d.1.end == "2023-03-31")
    }
    @Test func relativeYear() {
        let d = date("今年，秀洲区社工月的宣传主题为", "2024-04-01")!
        #expect(d.0 == "今年" && d.1.start == "2024-01-01" && d.1.end == "2024-12-31" && d.1.inferred)
    }
    @Test func thatDayFollowsTheLastDate() {
        let ds = find("3月17日上午，活动在重庆启动。当天下午，街道社工站组织参加。", "2022-03-28", .date)
        #expect(ds.count == 2 && ds[1].text == "当天下午" && ds[1].value.date?.start == "2022-03-17T12:00")
    }
    @Test func weekBefore() {
        let ds = find("2022年3月17日至23日是宣传周。此前一周，街道办事处组织召开协调会。", nil, .date)
        #expect(ds.last?.text == "此前一周" && ds.last?.value.date?.start == "2022-03-10" && ds.last?.value.date?.end == "2022-03-16")
    }
    @Test func isoDateTime() {
        let d = date("类别:国内 发布时间:2024-04-01 06:45:00 来源:每日看点快看")!
        #expect(d.0 == "2024-04-01 06:45:00" && d.1.start == "2024-04-01T06:45:00")
    }
    @Test func monthDotDay() {
        let d = date("向市民发放关于“3.21国际社工日”的宣传资料", "2017-03-28")!
        #expect(d.0 == "3.21" && d.1.start == "2017-03-21")
    }
    @Test func quarter() {
        let d = date("开展海珠区对口帮扶贵州省瓮安县第一季度项目实施交流研讨会", "2022-03-28")!
        #expect(d.0 == "第一季度" && d.1.start == "2022-01-01" && d.1.end == "2022-03-31")
    }
    @Test func placeholderYearIsUnknown() {
        let d = date("Para dar la bienvenida al 20xx Día Internacional del Trabajo Social")!
        #expect(d.0 == "20xx" && d.1.unknown && d.1.start == nil)
    }
    @Test func spanishDelAlRange() {
        let d = date("La Oficina del Distrito de Hongmen designó del 9 al 15 de abril como Semana de Promoción", "2016-04-20")!
        #expect(d.0 == "del 9 al 15 de abril" && d.1.start == "2016-04-09" && d.1.end == "2016-04-15" && d.1.inferred)
    }
    @Test func spanishRangeUnderARedactedYearKeepsMonthAndDays() {
        // Seed 002: the year is 20xx and no published date is known; month and days still are.
        let ds = find("Para dar la bienvenida al 20xx Día Internacional, designó del 9 al 15 de abril como Semana", nil, .date)
        #expect(ds.count == 2 && ds[0].value.date?.unknown == true)
        #expect(ds.last?.text == "del 9 al 15 de abril" && ds.last?.value.date?.start == "--04-09" && ds.last?.value.date?.end == "--04-15")
        let d = date("Nos vemos el 30 de abril.")!
        #expect(d.1.start == "--04-30" && d.1.inferred)
        #expect(date("del 9 al 31 de abril") == nil)
    }
    @Test func spanishRangeWithYear() {
        let d = date("Durante el período del 17 al 26 de marzo de 2009, la Asociación cooperó")!
        #expect(d.1.start == "2009-03-17" && d.1.end == "2009-03-26" && !d.1.inferred)
    }
    @Test func spanishNthWeekday() {
        let d = date("El tercer martes de marzo de cada año es el Día Internacional del Trabajo Social.", "2016-04-20")!
        #expect(d.0 == "tercer martes de marzo" && d.1.start == "2016-03-15")
    }
    @Test func spanishDayOfThisYear() {
        let d = date("El 18 de marzo de este año es el décimo Día Internacional del Trabajo Social.", "2016-04-20")!
        #expect(d.0 == "18 de marzo de este año" && d.1.start == "2016-03-18")
    }
    @Test func spanishPartOfMonth() {
        let d = date("A finales de febrero, Li XX visitaron a 6 estudiantes", "2016-04-20")!
        #expect(d.0 == "finales de febrero" && d.1.start == "2016-02-21" && d.1.end == "2016-02-29")
    }
    @Test func englishMonthDayYear() {
        let d = date("The campaign ran from March 9-15, 2017 in Baotou.")!
        #expect(d.1.start == "2017-03-09" && d.1.end == "2017-03-15")
    }

    @Test func englishWeekdayAndOrdinalDay() {
        let d = date("i'll go back monday january 12th, 2016")!
        #expect(d.0 == "monday january 12th, 2016" && d.1.start == "2016-01-12")
        let e = date("The volunteers met last sunday in the square.", "2016-11-07")!
        #expect(e.0 == "last sunday" && e.1.start == "2016-11-06" && e.1.inferred)
    }

    @Test func countedOffsetFromThePublishedDay() {
        let d = date("Typhoon Xangsane hit Metro Manila and southern Luzon two months ago.", "2016-11-07")!
        #expect(d.0 == "two months ago" && d.1.start == "2016-09-07" && d.1.inferred)
        let e = date("La Comisión lo aprobó hace tres días.", "2016-11-07")!
        #expect(e.0 == "hace tres días" && e.1.start == "2016-11-04")
        #expect(date("I will leave in two weeks", "2016-11-07")!.1.start == "2016-11-21")
    }
    @Test func fullMonthNamesInLowerCase() {
        let d = date("4th of july is around the corner", "2016-11-07")!
        #expect(d.0 == "4th of july" && d.1.start == "2016-07-04")
        #expect(date("I may go back", "2016-11-07") == nil)
    }
    @Test func monthToMonthRange() {
        let d = date("Total sales from april to June in 2017 were below expectations.")!
        #expect(d.0 == "from april to June in 2017" && d.1.start == "2017-04-01" && d.1.end == "2017-06-30")
        let e = date("La campaña va de agosto a octubre de 2017.")!
        #expect(e.1.start == "2017-08-01" && e.1.end == "2017-10-31")
    }

    // MARK: quantities

    @Test func headcountWithSubjectBefore() {
        let q = find("培育志愿服务团队142支，志愿者1.36万人，每年开展", nil, .headcount).first!
        #expect(q.text == "1.36万人" && q.value.quantity?.number == 13600 && q.value.quantity?.subject == "志愿者")
    }
    @Test func headcountApproxAfter() {
        let q = find("华一坡社区社工室在群里组织30余名居民参与社工知识答题", nil, .headcount).first!
        #expect(q.text == "30余名" && q.value.quantity?.lower == 30 && q.value.quantity?.subject == "居民")
    }
    @Test func countOfThings() {
        let q = find("全市共有2000多家社会组织，社工发展迅速", nil, .count).first!
        #expect(q.text == "2000多家" && q.value.quantity?.lower == 2000)
    }
    @Test func theNounCountedIsTheNounPhraseTheSegmenterFinds() {
        // Seed 000: the phrase ends before the verb, not six characters on (社会组织参).
        let a = find("全市有2000多家社会组织参与了活动", nil, .count).first!
        #expect(a.value.quantity?.subject == "社会组织")
        // Seed 004: 紧密 (an adjective) ends it; seed 003: 已 (an adverb) ends it.
        #expect(find("七星岗街道社工站与辖区八个社工室紧密联动", nil, .count).first?.value.quantity?.subject == "社工室")
        #expect(find("3项民生工程已完成", nil, .count).first?.value.quantity?.subject == "民生工程")
        // Traditional text is read simplified: 三類服務對象 counts 服务对象.
        #expect(find("針對三類服務對象開展活動", nil, .count).first?.value.quantity?.subject == "服务对象")
    }
    @Test func countNounBefore() {
        let q = find("培育“塍益580”志愿服务团队142支", nil, .count).first!
        #expect(q.text == "142支" && q.value.quantity?.number == 142)
        // Nothing after it: the noun phrase before it, whole (it was 服务团队).
        #expect(q.value.quantity?.subject == "志愿服务团队")
        // A head the list tags as a verb (组织) still ends a noun phrase before a count.
        #expect(find("全区社会组织142家", nil, .count).first?.value.quantity?.subject?.hasSuffix("社会组织") == true)
    }
    @Test func chineseNumeralCount() {
        let q = find("七星岗街道社工站与辖区八个社工室紧密联动", nil, .count).first!
        #expect(q.text == "八个" && q.value.quantity?.number == 8)
    }
    @Test func durationIsNotACount() {
        #expect(find("此次国际社工日主题宣传周活动历时两天", nil, .count).isEmpty)
    }
    @Test func moneyWithMultiplierAndApprox() {
        let q = find("社会捐赠等共募集慈善资金800万余元，形成新格局", nil, .money).first!
        #expect(q.text == "800万余元" && q.value.quantity?.number == 8_000_000 && q.value.quantity?.lower == 8_000_000)
    }
    @Test func spanishHeadcountMasDe() {
        let q = find("incluidos más de 230 trabajadores comunitarios, voluntarios", nil, .headcount).first!
        #expect(q.text == "más de 230 trabajadores" && q.value.quantity?.lower == 230)
    }
    @Test func spanishNumberWord() {
        let q = find("Nueve miembros del personal de la comunidad Xinghai Riyuan brindan servicios", nil, .headcount).first!
        #expect(q.value.quantity?.number == 9)
    }
    @Test func spanishThousandsMoney() {
        let q = find("para bríndeles una donación de 1.000 yuanes y se enviaron artículos", nil, .money).first!
        #expect(q.value.quantity?.number == 1000)
    }

    // MARK: places

    @Test func gazetteerChainAndShortForm() {
        let ps = find("由市民政局、昆區民政局主辦，包頭市益行社會組織服務中心承辦", nil, .place)
        let kun = ps.first { $0.text == "昆區" }?.value.place
        #expect(kun?.id == "150203" && kun?.parents == ["150000", "150200"])
    }
    @Test func ambiguousTownResolvedByParentBefore() {
        let p = find("福泉市牛场镇社工团队全体成员参与调研", nil, .place).first { $0.text == "牛场镇" }?.value.place
        #expect(p?.id == "522702106")
    }
    @Test func communityBelowGazetteer() {
        let ps = find("3月25日，羅湖區湖貝社區開展了以“社工讓社區更美好”為主題的服務宣傳活動。", nil, .place)
        let c = ps.first { $0.text == "湖貝社區" }?.value.place
        #expect(c?.level == "community" && c?.parents.last == "440303")
    }
    @Test func rubyPinyinIsReadThrough() {
        let ps = find("3月23日，老街社區(qū)以“社區(qū)+社會組織+社工”三社聯(lián)動為載體", nil, .place)
        #expect(ps.map(\.text) == ["老街社區"] && ps.first?.end == 10)
    }
    @Test func verbBeforeUnitIsNotAName() {
        #expect(find("吸引社区居民的前来参与", nil, .place).isEmpty)
    }
    @Test func spanishCommunityList() {
        let ps = find("las comunidades de Xingyueyuan y Yuanbo colgaron más de 10 pancartas", nil, .place)
        #expect(ps.map(\.text) == ["Xingyueyuan", "Yuanbo"])
    }
    @Test func placeholderPlaceYieldsNothing() {
        #expect(find("visitaron a 6 estudiantes pobres en XX Village, XX Village y la escuela", nil, .place).isEmpty)
    }

    // MARK: organizations

    @Test func longestSpanWithPlacePrefix() {
        let os = find("包頭市益行社會組織服務中心與包頭師范學院政法學院代表", nil, .organization)
        #expect(os.first?.value.organization?.name == "包头市益行社会组织服务中心")
    }
    @Test func aStopCharacterInsideAWordStaysInTheName() {
        let names = find("国家卫生健康委、国家中医药管理局联合印发；祥和苑社区党总支书记", nil, .organization).compactMap(\.value.organization?.name)
        #expect(names.contains("国家中医药管理局") && names.contains("祥和苑社区党总支"))
        // 参与 is a verb: it ends the name
        let os = find("广州市心明爱社会工作服务中心贵州服务队参与瓮安县民政局建设", nil, .organization).map(\.text)
        #expect(os.contains("瓮安县民政局") && !os.contains { $0.contains("参与") })
    }
    @Test func aConjunctionInsideADepartmentAfterItsParent() {
        let os = find("七星岗街道办事处民政和社区事务办公室负责；市民政局和市教育局联合举办", "2022-03-28", .organization).map(\.text)
        #expect(os.contains("七星岗街道办事处民政和社区事务办公室"))
        #expect(!os.contains { $0.contains("民政局和") }, "两个机构: \(os)")
    }
    @Test func aBureauNamedForItsTask() {
        let names = find("广州市海珠区乡村振兴局、国家疾病预防控制局；社区摆放社会工作室；同时民政局", nil, .organization).compactMap(\.value.organization?.name)
        #expect(names.contains("广州市海珠区乡村振兴局") && names.contains("国家疾病预防控制局"))
        #expect(!names.contains { $0.contains("摆放") || $0.contains("同时") })
    }
    @Test func nestedWorkingGroups() {
        let os = find("在广东省东西部协作组黔南工作组瓮安小组的指导下；志愿者分成四个小组", nil, .organization).map(\.text)
        #expect(os == ["广东省东西部协作组", "广东省东西部协作组黔南工作组", "广东省东西部协作组黔南工作组瓮安小组"])
    }
    @Test func spanishLowercaseHeadBeforeAName() {
        let os = find("XX Village y la escuela primaria Hongsagou en XX Town; los voluntarios de la barbería Shangji en la comunidad", nil, .organization).map(\.text)
        #expect(os == ["escuela primaria Hongsagou", "barbería Shangji"])
    }
    @Test func shortReferenceTakesCityInContext() {
        let os = find("由市民政局、昆區民政局主辦，包頭市益行社會組織服務中心承辦", nil, .organization)
        #expect(os.first?.text == "市民政局" && os.first?.value.organization?.name == "包头市民政局")
    }
    @Test func spanishOrgWithAbbreviation() {
        let o = find("presidente de la Federación Internacional de Trabajadores Sociales (FITS), para resolver", nil, .organization).first
        #expect(o?.text == "Federación Internacional de Trabajadores Sociales" && o?.value.organization?.abbreviation == "FITS")
    }
    @Test func nestedSpanishOrg() {
        let os = find("Li XX, director de la Oficina de la Federación Municipal de Caridad, junto con", nil, .organization)
        #expect(Set(os.map(\.text)) == ["Oficina de la Federación Municipal de Caridad", "Federación Municipal de Caridad"])
    }
    @Test func placeholderOrgPrefixIsDropped() {
        let o = find("el xx Oficina de Asuntos Civiles emitió El Aviso", nil, .organization).first
        #expect(o?.text == "Oficina de Asuntos Civiles")
    }
    @Test func peopleAreNotOrganizations() {
        #expect(find("郭孝紅、郝慧玲、劉海清等人頒發了榮譽證書和獎杯", nil, .organization).isEmpty)
    }

    // MARK: offsets

    @Test func offsetsAreUnicodeScalars() {
        let text = "𠀀社區(qū)3月23日"
        let d = extractor.extract(text, published: "2017-03-28").first { $0.type == .date }!
        let scalars = Array(text.unicodeScalars)
        #expect(d.start == 7 && String(String.UnicodeScalarView(scalars[d.start..<d.end])) == "3月23日")
    }
}
