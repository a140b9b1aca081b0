/// An entity found in a document's text: a date, a place, a count of people or things, an amount
/// of money or an organization. `start`/`end` are Unicode scalar offsets into the text the
/// extractor read (end exclusive); `value` carries the normalized meaning.
public struct Entity: Sendable, Equatable, Codable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case date, place, headcount, count, money, organization
        /// A plain number (on request only: `EntityExtractor.numbers`), as Recognizers-Text's
        /// NumberModel reads them.
        case number
        /// A measure, an age, a temperature (on request only: `EntityExtractor.units`).
        case dimension, age, temperature
        /// A time of day with no day said (下午5:00, 7:30 pm, 5 to 6pm); with a day it is a `date`.
        case time
        /// A length of time (三天, 3 hours, dos semanas).
        case duration
        /// A recurring time (每周一, every day, cada semana); Recognizers-Text calls it a set.
        case set
    }

    public var type: Kind
    public var text: String
    public var start: Int
    public var end: Int
    public var value: EntityValue

    public init(type: Kind, text: String, start: Int, end: Int, value: EntityValue) {
        self.type = type
        self.text = text
        self.start = start
        self.end = end
        self.value = value
    }
}

/// The normalized value of an entity; encodes as the inner value's object.
public enum EntityValue: Sendable, Equatable, Codable {
    case date(DateValue)
    case place(PlaceValue)
    case quantity(QuantityValue)
    case organization(OrganizationValue)
    case number(NumberValue)
    case duration(DurationValue)
    case recurrence(RecurrenceValue)
    /// A unit named with no amount (on request, with units: fahrenheit in "convertir 10 celsius a fahrenheit").
    case unit(UnitValue)

    public func encode(to encoder: Encoder) throws {
        switch self {
        case let .date(v): try v.encode(to: encoder)
        case let .place(v): try v.encode(to: encoder)
        case let .quantity(v): try v.encode(to: encoder)
        case let .organization(v): try v.encode(to: encoder)
        case let .number(v): try v.encode(to: encoder)
        case let .duration(v): try v.encode(to: encoder)
        case let .recurrence(v): try v.encode(to: encoder)
        case let .unit(v): try v.encode(to: encoder)
        }
    }

    public init(from decoder: Decoder) throws {
        if let v = try? DateValue(from: decoder), v.granularity != "" { self = .date(v); return }
        if let v = try? PlaceValue(from: decoder), v.level != "" { self = .place(v); return }
        if let v = try? NumberValue(from: decoder) { self = .number(v); return }
        if let v = try? DurationValue(from: decoder) { self = .duration(v); return }
        if let v = try? RecurrenceValue(from: decoder) { self = .recurrence(v); return }
        if let v = try? QuantityValue(from: decoder) { self = .quantity(v); return }
        if let v = try? UnitValue(from: decoder) { self = .unit(v); return }
        self = .organization(try OrganizationValue(from: decoder))
    }

    public var date: DateValue? { if case let .date(v) = self { v } else { nil } }
    public var place: PlaceValue? { if case let .place(v) = self { v } else { nil } }
    public var quantity: QuantityValue? { if case let .quantity(v) = self { v } else { nil } }
    public var organization: OrganizationValue? { if case let .organization(v) = self { v } else { nil } }
    public var number: NumberValue? { if case let .number(v) = self { v } else { nil } }
    public var unit: UnitValue? { if case let .unit(v) = self { v } else { nil } }
}

/// A date or date range. `start`/`end` are ISO 8601 (`2022-03-17`, `2024-04-01T06:45`);
/// without a year to anchor on, a month-day is written `--03-26`; a time of day with no day
/// (type `time`) is written `T17:00`. `granularity` is one of year, quarter, month, week, day,
/// part-of-day (明天上午: the hours of the morning), hour, minute, second. Days are inclusive
/// (`end` is the last day); times are the instants said (17:00–18:00). `inferred`: some part came
/// from the published date or from a date mentioned before (今年, 3月26日, 当天). `unknown`: a
/// placeholder (20xx) — start and end are then nil, never guessed. `twelveHour`: the hour was
/// said on a 12-hour clock with nothing to tell a.m. from p.m. (十点, 7 o'clock): the value is
/// the morning reading, the evening one is 12 hours later.
public struct DateValue: Sendable, Equatable, Codable {
    public var start: String?
    public var end: String?
    public var granularity: String
    public var inferred: Bool
    public var unknown: Bool
    public var twelveHour: Bool?
    /// The text named both ends (2022年3月17日至23日, del 9 al 15 de abril, 2016年至2018年).
    public var range: Bool?

    public init(start: String?, end: String?, granularity: String, inferred: Bool = false, unknown: Bool = false,
                twelveHour: Bool? = nil, range: Bool? = nil) {
        self.range = range
        self.start = start
        self.end = end
        self.granularity = granularity
        self.inferred = inferred
        self.unknown = unknown
        self.twelveHour = twelveHour
    }
}

/// A length of time: `seconds` (a month is 30 days, a year 365, as Recognizers-Text counts them)
/// and `approximate` for counts such as a few, several, 几.
public struct DurationValue: Sendable, Equatable, Codable {
    public var seconds: Double
    public var approximate: Bool

    public init(seconds: Double, approximate: Bool = false) {
        self.seconds = seconds
        self.approximate = approximate
    }
}

/// A recurring time: `every` is the ISO 8601 period (P1D, P1W, P2D), `on` the weekday (1 =
/// Monday) and `at` the time of day when said (每周一下午八点: P1W, 1, 20:00).
public struct RecurrenceValue: Sendable, Equatable, Codable {
    public var every: String
    public var on: Int?
    public var at: String?

    public init(every: String, on: Int? = nil, at: String? = nil) {
        self.every = every
        self.on = on
        self.at = at
    }
}

/// A place: gazetteer id (Chinese division code, or `gn:` GeoNames id), level (country, province,
/// prefecture, county, township, city, or the unit below the gazetteer: street, community,
/// village, estate), the chain of parents from the top (ids), and other candidate ids when the
/// name alone is ambiguous. A place below the gazetteer has no id of its own: `parents` names the
/// nearest known unit it belongs to.
public struct PlaceValue: Sendable, Equatable, Codable {
    public var id: String?
    public var name: String
    public var level: String
    public var parents: [String]
    public var candidates: [String]

    public init(id: String?, name: String, level: String, parents: [String] = [], candidates: [String] = []) {
        self.id = id
        self.name = name
        self.level = level
        self.parents = parents
        self.candidates = candidates
    }
}

/// How many: `number` as written (multipliers applied: 1.36万 → 13600), `lower`/`upper` bounds
/// from qualifiers (余/多/más de → lower; 近/nearly → upper; 约/about → both nil, approximate),
/// `subject` what is counted (志愿者, trabajadores, 社会组织) and `unit` the classifier or
/// currency (人, 个, 元, yuanes).
public struct QuantityValue: Sendable, Equatable, Codable {
    public var number: Double
    public var lower: Double?
    public var upper: Double?
    public var approximate: Bool
    public var subject: String?
    public var unit: String?
    /// For money: the currency's name (Chinese yuan, Dollar, Euro), from currencies.tsv.
    public var currency: String?

    public init(number: Double, lower: Double? = nil, upper: Double? = nil, approximate: Bool = false,
                subject: String? = nil, unit: String? = nil, currency: String? = nil) {
        self.number = number
        self.lower = lower
        self.upper = upper
        self.approximate = approximate
        self.subject = subject
        self.unit = unit
        self.currency = currency
    }
}

/// A unit of measure named with no amount: its name as Recognizers-Text names it (Grado
/// Fahrenheit, C), as a measure's `unit`.
public struct UnitValue: Sendable, Equatable, Codable {
    public var unit: String

    public init(unit: String) { self.unit = unit }
}

/// An organization: its name as written in full (a short reference such as 市民政局 is expanded
/// with the place in context: 包头市民政局), the abbreviation given in parentheses (FITS), and the
/// place its name starts with, if any.
public struct OrganizationValue: Sendable, Equatable, Codable {
    public var name: String
    public var abbreviation: String?
    public var place: String?
    public var kind: String?

    public init(name: String, abbreviation: String? = nil, place: String? = nil, kind: String? = nil) {
        self.name = name
        self.abbreviation = abbreviation
        self.place = place
        self.kind = kind
    }
}

/// A plain number: its value written out (15 significant digits, the decimal mark of the text's
/// language: 0,75 in Spanish) and how it was written: integer, decimal, fraction or power.
public struct NumberValue: Sendable, Equatable, Codable {
    public var value: String
    public var subtype: String

    public init(value: String, subtype: String) {
        self.value = value
        self.subtype = subtype
    }
}
