// swift-tools-version:6.1
import PackageDescription

// Gleaner: crawled news snapshots → a searchable event archive.
// Dependencies point down only: gleaner → Pipeline → stages/Archive → Model, ICUKit → CICU.
let package = Package(
    name: "Gleaner",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "gleaner", targets: ["gleaner"]),
        .library(name: "GleanerPipeline", targets: ["GleanerPipeline"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        // The only code that includes ICU headers: plain-C functions over plain types.
        .target(
            name: "CICU",
            linkerSettings: [
                .linkedLibrary("icui18n"), .linkedLibrary("icuuc"), .linkedLibrary("icudata"),
            ]),
        .target(name: "ICUKit", dependencies: ["CICU"]),
        .target(name: "GleanerModel"),
        // The only code that includes libxml2 (HTML parser) and zlib headers: plain-C shims like CICU.
        .target(
            name: "CLibXML",
            cSettings: [.unsafeFlags(["-I/usr/include/libxml2"])],
            linkerSettings: [.linkedLibrary("xml2")]),
        .target(name: "CZlib", linkerSettings: [.linkedLibrary("z")]),
        .target(
            name: "GleanerIngest",
            dependencies: [
                "GleanerModel", "GleanerRepair", "ICUKit", "CLibXML", "CZlib",
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            // The HTML walk mutates one Walk object per element many times over; its accesses
            // never overlap, and the runtime exclusivity checks cost about 8% of page reading.
            swiftSettings: [.unsafeFlags(["-enforce-exclusivity=unchecked"])]),
        .target(name: "GleanerRepair", dependencies: ["GleanerModel", "ICUKit", "GleanerSegment"]),
        .target(name: "GleanerDedup", dependencies: ["GleanerModel", "ICUKit"]),
        .target(name: "GleanerSegment", dependencies: ["GleanerModel", "ICUKit"]),
        .target(name: "GleanerExtract", dependencies: ["GleanerModel", "ICUKit", "GleanerSegment"]),
        .target(name: "GleanerEvents", dependencies: ["GleanerModel", "ICUKit", "GleanerSegment"]),
        .target(
            name: "GleanerArchive",
            dependencies: [
                "GleanerModel", "ICUKit", "GleanerSegment",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]),
        .target(
            name: "GleanerPipeline",
            dependencies: [
                "GleanerModel", "GleanerRepair", "GleanerArchive", "GleanerDedup", "GleanerSegment", "ICUKit",
                "GleanerIngest", "GleanerExtract", "GleanerEvents",
                .product(name: "Crypto", package: "swift-crypto"),
            ]),
        .executableTarget(
            name: "gleaner",
            dependencies: [
                "GleanerPipeline", "GleanerArchive", "GleanerRepair", "GleanerModel", "GleanerDedup", "GleanerSegment",
                "GleanerIngest", "GleanerExtract", "GleanerEvents",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        .testTarget(name: "ICUKitTests", dependencies: ["ICUKit"]),
        .testTarget(name: "GleanerIngestTests", dependencies: ["GleanerIngest", "GleanerModel", "GleanerRepair"]),
        .testTarget(name: "GleanerDedupTests", dependencies: ["GleanerDedup"]),
        .testTarget(name: "GleanerSegmentTests", dependencies: ["GleanerSegment"], exclude: ["Fixtures"]),
        .testTarget(name: "GleanerRepairTests", dependencies: ["GleanerRepair", "ICUKit"]),
        .testTarget(
            name: "GleanerExtractTests", dependencies: ["GleanerExtract", "GleanerModel"],
            exclude: ["Fixtures"]),
        .testTarget(
            name: "GleanerEventsTests", dependencies: ["GleanerEvents", "GleanerExtract", "GleanerModel"]),
        .testTarget(
            name: "GleanerArchiveTests",
            dependencies: ["GleanerArchive", "GleanerModel", "GleanerSegment", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(
            name: "GleanerPipelineTests",
            dependencies: ["GleanerPipeline", "GleanerArchive", "GleanerModel", "GleanerRepair", "GleanerDedup", "GleanerSegment", "ICUKit"],
            exclude: ["Fixtures"]),
    ]
)
