import CICU

/// An ICU failure, with ICU's own name for the error code (e.g. U_FILE_ACCESS_ERROR).
public struct ICUError: Error, CustomStringConvertible, Sendable {
    public let code: Int32
    public let operation: String

    public init(code: Int32, operation: String) {
        self.code = code
        self.operation = operation
    }

    public var description: String {
        "\(operation) failed: \(String(cString: cicu_error_name(code)))"
    }

    /// Throws when `status` is an ICU failure (> 0); warnings (< 0) pass.
    static func check(_ status: Int32, _ operation: @autoclosure () -> String) throws {
        if status > 0 { throw ICUError(code: status, operation: operation()) }
    }
}
