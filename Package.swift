// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Gleaner",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "gleaner", targets: ["gleaner"]),
        .library(name: "GleanerRun", targets: ["GleanerRun"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
    ],
    targets: [
        // System libraries. libxml2 pointers never leave GleanerClean.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        .systemLibrary(
            name: "CZlib",
            providers: [.apt(["zlib1g-dev"])]
        ),

        // The article model, errors, configuration, manifest and the Dispatch stage runner.
        .target(
            name: "GleanerCore",
            dependencies: [.product(name: "Yams", package: "Yams")]
        ),
        // Discovering inputs, reading bytes, gzip, charsets, and writing JSON Lines.
        .target(
            name: "GleanerIO",
            dependencies: ["GleanerCore", "CZlib", .product(name: "Crypto", package: "swift-crypto")]
        ),
        // HTML (libxml2) and plain-text cleaning.
        .target(
            name: "GleanerClean",
            dependencies: ["GleanerCore", "CLibXML2"],
            resources: [.copy("Resources")]
        ),
        // Text normalisation and duplicate detection.
        .target(
            name: "GleanerDedup",
            dependencies: ["GleanerCore", .product(name: "Crypto", package: "swift-crypto")]
        ),
        // The state file of nightly runs (SQLite through GRDB): the persisted dedup index.
        .target(
            name: "GleanerState",
            dependencies: ["GleanerCore", "GleanerDedup", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        // Tokens, sentences, entities (and later figures): the extract stage.
        .target(
            name: "GleanerExtract",
            dependencies: ["GleanerCore"],
            resources: [.copy("Resources")]
        ),
        // Trains and scores the entity tagger on the GMB data (see Benchmarks/ner/README.md).
        .executableTarget(
            name: "gleaner-train-ner",
            dependencies: ["GleanerExtract"]
        ),
        // Wires the stages into a run: discover → read → clean → dedup → write.
        .target(
            name: "GleanerRun",
            dependencies: [
                "GleanerCore", "GleanerIO", "GleanerClean", "GleanerDedup", "GleanerExtract", "GleanerState",
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // The command line.
        .executableTarget(
            name: "gleaner",
            dependencies: [
                "GleanerRun", "GleanerClean", "GleanerIO",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // Builds a synthetic state file and times opening it and one look-up (Benchmarks/dedup/).
        .executableTarget(
            name: "gleaner-state-bench",
            dependencies: ["GleanerState", "GleanerDedup", "GleanerCore"],
            path: "Benchmarks/dedup/StateBench"
        ),
        // libxml2 parse-only baseline for Benchmarks/ (not part of the product).
        .executableTarget(
            name: "gleaner-parse-baseline",
            dependencies: ["GleanerClean"],
            path: "Benchmarks/ParseBaseline"
        ),
        // Figure extraction over sentence files, for Benchmarks/figures (not part of the product).
        .executableTarget(
            name: "gleaner-figures-bench",
            dependencies: ["GleanerExtract"],
            path: "Benchmarks/figures/FiguresBench"
        ),

        .testTarget(name: "GleanerCoreTests", dependencies: ["GleanerCore"]),
        .testTarget(name: "GleanerIOTests", dependencies: ["GleanerIO", "CZlib"]),
        .testTarget(name: "GleanerCleanTests", dependencies: ["GleanerClean"]),
        .testTarget(name: "GleanerDedupTests", dependencies: ["GleanerDedup"]),
        .testTarget(
            name: "GleanerRunTests",
            dependencies: [
                "GleanerRun", "GleanerState", "GleanerDedup", "GleanerExtract",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        .testTarget(name: "GleanerExtractTests", dependencies: ["GleanerExtract"]),
    ],
    swiftLanguageModes: [.v6]
)
