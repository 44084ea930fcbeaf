import GleanerCore
import Testing

@Suite("Pipeline files")
struct PipelineFileTests {
    @Test func readsEveryKeyAndResolvesPathsAgainstTheFile() throws {
        let yaml = """
            name: nightly
            input: ../corpus
            output: /var/lib/gleaner/out
            workers: 3
            window: 16
            stages: [clean]
            limits:
              max_bytes: 5MB
              max_ratio: 50
            """
        let configuration = try PipelineFile.parse(yaml: yaml, origin: "p.yaml", baseDirectory: "Pipelines")
        #expect(configuration.name == "nightly")
        #expect(configuration.input == "Pipelines/../corpus")
        #expect(configuration.output == "/var/lib/gleaner/out")
        #expect(configuration.workers == 3)
        #expect(configuration.window == 16)
        #expect(configuration.stages == [.clean])
        #expect(configuration.limits == InputLimits(maxBytes: 5_000_000, maxRatio: 50))
    }

    @Test func unknownKeyNamesTheKeyAndItsLine() {
        let yaml = "name: x\ninput: corpus\nworker: 2\n"
        #expect(
            throws: RunError(
                "p.yaml:3: unknown key 'worker' in the pipeline file (known keys: name, input, output, workers, window, stages, limits, dedup, state, keep, metrics_file)"
            )
        ) {
            try PipelineFile.parse(yaml: yaml, origin: "p.yaml", baseDirectory: ".")
        }
    }

    @Test func unknownLimitKeyNamesTheKeyAndItsLine() {
        let yaml = "limits:\n  max_bytes: 1MB\n  max_size: 3\n"
        #expect(throws: RunError("p.yaml:3: unknown key 'max_size' under 'limits' (known keys: max_bytes, max_ratio)"))
        {
            try PipelineFile.parse(yaml: yaml, origin: "p.yaml", baseDirectory: ".")
        }
    }

    @Test func badValuesAreErrors() {
        #expect(throws: RunError.self) { try PipelineFile.parse(yaml: "workers: 0", origin: "p", baseDirectory: ".") }
        #expect(throws: RunError.self) {
            try PipelineFile.parse(yaml: "workers: many", origin: "p", baseDirectory: ".")
        }
        #expect(throws: RunError.self) {
            try PipelineFile.parse(yaml: "stages: [clean, tidy]", origin: "p", baseDirectory: ".")
        }
        #expect(throws: RunError.self) { try PipelineFile.parse(yaml: "- a\n- b", origin: "p", baseDirectory: ".") }
        #expect(throws: RunError.self) {
            try PipelineFile.parse(yaml: "name: [unclosed", origin: "p", baseDirectory: ".")
        }
    }

    @Test func emptyFileGivesDefaults() throws {
        let configuration = try PipelineFile.parse(yaml: "", origin: "p", baseDirectory: ".")
        #expect(configuration == PipelineConfiguration())
        #expect(configuration.stages == [.clean, .dedup, .extract])
    }

    @Test func stagesAreCheckedAndOrdered() throws {
        #expect(try PipelineConfiguration.parseStages(["dedup", "clean"]) == [.clean, .dedup])
        #expect(try PipelineConfiguration.parseStages(["dedup"]) == [.clean, .dedup])
        #expect(throws: RunError.self) { try PipelineConfiguration.parseStages(["write"]) }
    }

    @Test func extractIsAStage() throws {
        #expect(try PipelineConfiguration.parseStages(["extract", "dedup"]) == [.clean, .dedup, .extract])
        #expect(try PipelineConfiguration.parseStages([" Extract ", "clean"]) == [.clean, .extract])
        #expect(try PipelineConfiguration.parseStages(["extract", "extract"]) == [.clean, .extract])
        let yaml = "stages: [extract, clean]\n"
        #expect(try PipelineFile.parse(yaml: yaml, origin: "p", baseDirectory: ".").stages == [.clean, .extract])
        let flat = try PipelineFile.parse(yaml: "stages: clean,dedup,extract\n", origin: "p", baseDirectory: ".")
        #expect(flat.stages == [.clean, .dedup, .extract])
        #expect(throws: RunError("p:1: unknown stage 'extrct'; stages are: clean, dedup, extract")) {
            try PipelineFile.parse(yaml: "stages: [clean, extrct]\n", origin: "p", baseDirectory: ".")
        }
    }

    @Test func readsDedupParameters() throws {
        let yaml = "dedup: {threshold: 0.45, shingle: 4, permutations: 96, bands: 24}\n"
        let configuration = try PipelineFile.parse(yaml: yaml, origin: "p", baseDirectory: ".")
        #expect(
            configuration.dedup == DedupParameters(threshold: 0.45, shingle: 4, permutations: 96, bands: 24))
        #expect(configuration.dedup?.rows == 4)
        let partial = try PipelineFile.parse(yaml: "dedup:\n  threshold: 0.6\n", origin: "p", baseDirectory: ".")
        #expect(partial.dedup == DedupParameters(threshold: 0.6))
        #expect(
            PipelineConfiguration().dedup == DedupParameters(threshold: 0.35, shingle: 5, permutations: 96, bands: 32))
    }

    @Test func dedupOffTurnsTheStageOff() throws {
        let configuration = try PipelineFile.parse(
            yaml: "dedup: off\nstages: [clean, dedup]\n", origin: "p", baseDirectory: ".")
        #expect(configuration.dedup == nil)
    }

    @Test func unknownDedupKeyNamesTheKeyAndItsLine() {
        let yaml = "name: x\ndedup:\n  threshold: 0.5\n  band: 16\n"
        #expect(
            throws: RunError(
                "p.yaml:4: unknown key 'band' under 'dedup' (known keys: threshold, shingle, permutations, bands)")
        ) {
            try PipelineFile.parse(yaml: yaml, origin: "p.yaml", baseDirectory: ".")
        }
    }

    @Test func badDedupValuesAreErrors() {
        for yaml in [
            "dedup: {threshold: 0}", "dedup: {threshold: 1.5}", "dedup: {threshold: high}", "dedup: {shingle: 0}",
            "dedup: {permutations: 128, bands: 30}", "dedup: {permutations: 128, bands: 8}", "dedup: {bands: 64}",
            "dedup: maybe",
            "dedup: [0.5]",
        ] {
            #expect(throws: RunError.self, "\(yaml)") {
                try PipelineFile.parse(yaml: yaml, origin: "p", baseDirectory: ".")
            }
        }
        #expect(throws: RunError("p:1: 'bands' must divide 'permutations' into bands of 1 to 8 rows (96 permutations)"))
        {
            try PipelineFile.parse(yaml: "dedup: {bands: 5}", origin: "p", baseDirectory: ".")
        }
    }

    @Test func byteSizes() {
        #expect(InputLimits.parseByteSize("20MB") == 20_000_000)
        #expect(InputLimits.parseByteSize("1.5 GB") == 1_500_000_000)
        #expect(InputLimits.parseByteSize("512kb") == 512_000)
        #expect(InputLimits.parseByteSize("4096") == 4096)
        #expect(InputLimits.parseByteSize("-1") == nil)
        #expect(InputLimits.parseByteSize("big") == nil)
    }
}

@Suite("State file location")
struct StateLocationTests {
    @Test func theDefaultSitsInTheOutputDirectory() {
        #expect(StateLocation.automatic.path(output: "/srv/gleaner/out") == "/srv/gleaner/out/state.sqlite")
        #expect(StateLocation.automatic.path(output: "/srv/gleaner/out/") == "/srv/gleaner/out/state.sqlite")
        #expect(StateLocation.automatic.path(output: "out") == "out/state.sqlite")
        #expect(StateLocation.automatic.path(output: "/") == "/state.sqlite")
        #expect(StateLocation.parse("none") == .disabled)
        #expect(StateLocation.parse("OFF") == .disabled)
        #expect(StateLocation.parse("x.sqlite").path(output: "/a/b") == "x.sqlite")
    }

    @Test func theStateKeyTakesAPathOrOff() throws {
        let file = try PipelineFile.parse(yaml: "state: ../state.sqlite", origin: "p.yaml", baseDirectory: "Pipelines")
        #expect(file.state == .file("Pipelines/../state.sqlite"))
        let off = try PipelineFile.parse(yaml: "state: off", origin: "p.yaml", baseDirectory: "Pipelines")
        #expect(off.state == .disabled)
        let none = try PipelineFile.parse(yaml: "state: none", origin: "p.yaml", baseDirectory: "Pipelines")
        #expect(none.state == .disabled)
        #expect(try PipelineFile.parse(yaml: "name: x", origin: "p.yaml", baseDirectory: ".").state == .automatic)
        #expect(throws: RunError.self) {
            try PipelineFile.parse(yaml: "state: [a]", origin: "p.yaml", baseDirectory: ".")
        }
    }

    @Test func keepAndMetricsFile() throws {
        let file = try PipelineFile.parse(
            yaml: "keep: 30\nmetrics_file: metrics/gleaner.prom", origin: "p.yaml", baseDirectory: "Pipelines")
        #expect(file.keep == 30)
        #expect(file.metricsFile == "Pipelines/metrics/gleaner.prom")
        #expect(throws: RunError.self) { try PipelineFile.parse(yaml: "keep: 0", origin: "p.yaml", baseDirectory: ".") }
    }
}
