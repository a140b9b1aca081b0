import ArgumentParser

/// How a command prints records: for people (text) or for programs (json, jsonl, csv).
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, jsonl, csv
}
