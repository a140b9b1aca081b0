import Foundation
import GleanerExtract
import GleanerModel
import Testing

/// `--units`: dimensions, ages and temperatures, a number with its unit after it.
@Suite struct MeasureRuleTests {
    static let lexicons = try! ExtractLexicons.load()

    func measures(_ text: String, _ language: String? = nil, published: String? = nil) -> [String] {
        let x = EntityExtractor(lexicons: Self.lexicons)
        x.units = true
        return x.extract(text, published: published, language: language)
            .filter { [.dimension, .age, .temperature].contains($0.type) }
            .map { e in
                guard let q = e.value.quantity else { return "\(e.type.rawValue):\(e.text)=\(e.value.unit?.unit ?? "?")" }
                let n = q.number == q.number.rounded() ? String(Int(q.number)) : String(q.number)
                return "\(e.type.rawValue):\(e.text)=\(n) \(q.unit ?? "?")"
            }
    }

    @Test func unitsAreReportedOnlyWhenAsked() {
        #expect(EntityExtractor(lexicons: Self.lexicons).extract("a 29km road", published: nil).allSatisfy { $0.type != .dimension })
        #expect(measures("a 29km road") == ["dimension:29km=29 Kilometer"])
    }
    @Test func dimensionsWithTheirUnit() {
        #expect(measures("The weight is 45 {kg}") == ["dimension:45 {kg}=45 Kilogram"])
        #expect(measures("the three-foot wall and a 6-mile walk") == ["dimension:three-foot=3 Foot", "dimension:6-mile=6 Mile"])
        #expect(measures("un acuario de agua salada de 1,5 millones de galones", "es") == ["dimension:1,5 millones de galones=1500000 Galón"])
        // 千米 is a unit, not a thousand metres.
        #expect(measures("负13.5千米") == ["dimension:负13.5千米=-13.5 Kilometer"])
        #expect(measures("两米半") == ["dimension:两米半=2.5 Meter"])
    }
    @Test func aFractionBeforeAUnitIsNoDate() {
        // 1/2 and 1/4 would be the 1st of February and of April with a year to anchor them.
        #expect(measures("Se necesita más de 10 1/2 millas de cable", "es", published: "2016-11-07") == ["dimension:10 1/2 millas=10.5 Milla"])
        #expect(measures("raceway park in shakopee is a 1/4 mile paved oval.", published: "2016-11-07") == ["dimension:1/4 mile=0.25 Mile"])
    }
    @Test func aRangesEndIsNoNegativeMeasure() {
        #expect(measures("la lente 75 - 300 mm f/4-5.6", "es") == ["dimension:300 mm=300 Milímetro"])
        #expect(measures("He is about 40 - 50 years old.") == ["age:50 years old=50 Year"])
    }
    @Test func aUnitSpelledAsALittleWordIsThatWordBeforeAnother() {
        #expect(measures("It has also doubled its work force to 50,000 in 2020").isEmpty)
        #expect(measures("Get together for 2 in april").isEmpty)
        #expect(measures("En 2015 ha crecido la superficie", "es").isEmpty)
        // A unit ends its phrase or takes its noun with of or de.
        #expect(measures("almost 5 in of rain fell") == ["dimension:5 in=5 Inch"])
        #expect(measures("el fuego quemó 500 ha de bosque", "es") == ["dimension:500 ha=500 Hectárea"])
    }
    @Test func codesHoldNoMeasures() {
        #expect(measures("24703L202").isEmpty)
        #expect(measures("scp173m").isEmpty)
    }
    @Test func temperatureSpellings() {
        #expect(measures("the temperature outside is 40 deg celsius") == ["temperature:40 deg celsius=40 C"])
        #expect(measures("10.5 celcius") == ["temperature:10.5 celcius=10.5 C"])
        #expect(measures("let the temperature be at 50 deg. ") == ["temperature:50 deg.=50 Degree"])
        #expect(measures("The patient is a 87 yo man with history of hypertension") == ["age:87 yo=87 Year"])
    }
    @Test func agesAndTemperatures() {
        #expect(measures("When she was five years old, she learned to ride a bike.") == ["age:five years old=5 Year"])
        #expect(measures("他今年五岁") == ["age:五岁=5 Year"])
        #expect(measures("normal temperature is 98.6 degrees fahrenheit") == ["temperature:98.6 degrees fahrenheit=98.6 F"])
        #expect(measures("今天气温38摄氏度") == ["temperature:38摄氏度=38 C"])
    }
    @Test func poundsWeighNearAWordOfWeighing() {
        #expect(measures("Y este bebé tiene más de dos libras.", "es") == ["dimension:dos libras=2 Libra"])
        #expect(measures("dejó de comer el almuerzo hace unos años para bajar 25 libras.", "es") == ["dimension:25 libras=25 Libra"])
        #expect(measures("and this baby is over two pounds.") == ["dimension:two pounds=2 Pound"])
        // Money elsewhere, with a scale word, or past another amount.
        #expect(measures("ganó 500 libras en la lotería", "es").isEmpty)
        #expect(measures("Reino Unido perdió 25 millones de libras", "es").isEmpty)
        #expect(measures("El paquete pesa 3 libras y cuesta 20 libras", "es") == ["dimension:3 libras=3 Libra"])
    }
    @Test func degreesNearATurnAreAnAngle() {
        #expect(measures("girar a la izquierda 45 grados", "es") == ["dimension:45 grados=45 Degree"])
        #expect(measures("el gobierno dio un giro de 180 grados", "es") == ["dimension:180 grados=180 Degree"])
        #expect(measures("Rotate 90°") == ["dimension:90°=90 Degree"])
        // A capital inside the sentence is a name: the race, not a turn.
        #expect(measures("El Giro de Italia arrancó con 35 grados", "es") == ["temperature:35 grados=35 Grado"])
    }
    @Test func theUnitConvertedToIsNamedAlone() {
        #expect(measures("Convertir 106 grados Fahrenheit a grados centígrados", "es")
                == ["temperature:106 grados Fahrenheit=106 Grado Fahrenheit", "temperature:grados centígrados=Grado Celsius"])
        #expect(measures("convert 200 celsius into fahrenheit") == ["temperature:200 celsius=200 C", "temperature:fahrenheit=F"])
        #expect(measures("fahrenheit a celsius, cuantos celsius son 101 fahrenheit", "es")
                == ["temperature:fahrenheit=Grado Fahrenheit", "temperature:celsius=Grado Celsius",
                    "temperature:celsius=Grado Celsius", "temperature:101 fahrenheit=101 Grado Fahrenheit"])
        // Not a scale's name in other words: no conversion.
        #expect(measures("40 grados en Sevilla y Fahrenheit 451 en el cine", "es") == ["temperature:40 grados=40 Grado"])
    }
    @Test func aCapitalKConvertedToAScaleIsAKelvin() {
        #expect(measures("convertir 200 K en fahrenheit", "es") == ["temperature:200 K=200 Kelvin", "temperature:fahrenheit=Grado Fahrenheit"])
        #expect(measures("un sueldo de 200 K en efectivo", "es").isEmpty)
    }
    @Test func aUnitNamedAloneKeepsItsNameInJSON() throws {
        let e = Entity(type: .temperature, text: "fahrenheit", start: 0, end: 10, value: .unit(UnitValue(unit: "Grado Fahrenheit")))
        let data = try JSONEncoder().encode(e)
        #expect(String(decoding: data, as: UTF8.self).contains("\"value\":{\"unit\":\"Grado Fahrenheit\"}"))
        #expect(try JSONDecoder().decode(Entity.self, from: data) == e)
    }
}
