import Yams

/// Reads pipeline files: YAML documents such as `Pipelines/sample.yaml`.
///
/// ```yaml
/// name: sample
/// input: ../SampleCorpus        # relative paths are relative to this file's folder
/// output: ../out/sample
/// workers: 2                    # default: one per core
/// stages: [clean, dedup]
/// limits: {max_bytes: 20MB, max_ratio: 100}
/// dedup: {threshold: 0.35, shingle: 5, permutations: 96, bands: 32}   # or `dedup: off`
/// state: ../out/state.sqlite   # default: OUTPUT/state.sqlite; `state: off`
/// keep: 30                      # published runs kept under OUTPUT/runs/; default: all
/// metrics_file: /var/lib/node_exporter/textfile/gleaner.prom
/// ```
///
/// An unknown key is an error that names the key and its line, so a typo never silently
/// falls back to a default.
public enum PipelineFile {
    static let topLevelKeys = [
        "name", "input", "output", "workers", "window", "stages", "limits", "dedup", "state", "keep", "metrics_file",
    ]
    static let limitKeys = ["max_bytes", "max_ratio"]
    static let dedupKeys = ["threshold", "shingle", "permutations", "bands"]

    /// Loads the pipeline file at `path`.
    public static func load(path: String) throws(RunError) -> PipelineConfiguration {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw RunError("\(path): cannot read the pipeline file (\(error.localizedDescription))")
        }
        let folder = path.contains("/") ? String(path[..<path.lastIndex(of: "/")!]) : "."
        return try parse(yaml: text, origin: path, baseDirectory: folder.isEmpty ? "/" : folder)
    }

    /// Parses pipeline YAML; `origin` names the file in messages and `baseDirectory` anchors
    /// relative `input` and `output` paths.
    public static func parse(
        yaml: String, origin: String, baseDirectory: String
    ) throws(RunError) -> PipelineConfiguration {
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch {
            throw RunError("\(origin): not valid YAML: \(error)")
        }
        var configuration = PipelineConfiguration()
        guard let root else { return configuration }
        guard let mapping = root.mapping else {
            throw RunError("\(origin)\(line(root)): a pipeline file is a mapping of keys (name, input, output, …)")
        }
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
            let at = "\(origin)\(line(keyNode))"
            switch key {
            case "name":
                configuration.name = try string(value, key: key, at: at)
            case "input":
                configuration.input = resolve(try string(value, key: key, at: at), against: baseDirectory)
            case "output":
                configuration.output = resolve(try string(value, key: key, at: at), against: baseDirectory)
            case "workers":
                configuration.workers = try positiveInt(value, key: key, at: at)
            case "window":
                configuration.window = try positiveInt(value, key: key, at: at)
            case "stages":
                let names: [String]
                if let sequence = value.sequence {
                    names = sequence.map { $0.string ?? "" }
                } else if let text = value.string {
                    names = text.split(separator: ",").map(String.init)
                } else {
                    throw RunError("\(at): 'stages' must be a list such as [clean, dedup]")
                }
                do {
                    configuration.stages = try PipelineConfiguration.parseStages(names)
                } catch {
                    throw RunError("\(at): \(error.message)")
                }
            case "limits":
                configuration.limits = try limits(value, at: at, origin: origin)
            case "dedup":
                configuration.dedup = try dedup(value, at: at, origin: origin)
            case "state":
                if let flag = value.bool, !flag {
                    configuration.state = .disabled
                } else {
                    switch StateLocation.parse(try string(value, key: key, at: at)) {
                    case .file(let path): configuration.state = .file(resolve(path, against: baseDirectory))
                    case let other: configuration.state = other
                    }
                }
            case "keep":
                configuration.keep = try positiveInt(value, key: key, at: at)
            case "metrics_file":
                configuration.metricsFile = resolve(try string(value, key: key, at: at), against: baseDirectory)
            default:
                throw RunError(
                    "\(at): unknown key '\(key)' in the pipeline file (known keys: \(topLevelKeys.joined(separator: ", ")))"
                )
            }
        }
        return configuration
    }

    private static func limits(_ node: Node, at: String, origin: String) throws(RunError) -> InputLimits {
        guard let mapping = node.mapping else {
            throw RunError("\(at): 'limits' must be a mapping such as {max_bytes: 20MB, max_ratio: 100}")
        }
        var limits = InputLimits()
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
            let keyAt = "\(origin)\(line(keyNode))"
            switch key {
            case "max_bytes":
                guard let text = value.string, let bytes = InputLimits.parseByteSize(text) else {
                    throw RunError("\(keyAt): 'max_bytes' must be a size such as 20MB or 5000000")
                }
                limits.maxBytes = bytes
            case "max_ratio":
                limits.maxRatio = try positiveInt(value, key: key, at: keyAt)
            default:
                throw RunError(
                    "\(keyAt): unknown key '\(key)' under 'limits' (known keys: \(limitKeys.joined(separator: ", ")))"
                )
            }
        }
        return limits
    }

    private static func dedup(_ node: Node, at: String, origin: String) throws(RunError) -> DedupParameters? {
        if let text = node.scalar?.string, ["off", "false", "no"].contains(text.lowercased()) { return nil }
        guard let mapping = node.mapping else {
            throw RunError(
                "\(at): 'dedup' must be 'off' or a mapping such as {threshold: 0.35, shingle: 5, permutations: 96, bands: 32}"
            )
        }
        var parameters = DedupParameters()
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
            let keyAt = "\(origin)\(line(keyNode))"
            switch key {
            case "threshold":
                guard let number = value.float, number > 0, number <= 1 else {
                    throw RunError("\(keyAt): 'threshold' must be a number above 0 and at most 1")
                }
                parameters.threshold = number
            case "shingle":
                parameters.shingle = try positiveInt(value, key: key, at: keyAt)
            case "permutations":
                parameters.permutations = try positiveInt(value, key: key, at: keyAt)
            case "bands":
                parameters.bands = try positiveInt(value, key: key, at: keyAt)
            default:
                throw RunError(
                    "\(keyAt): unknown key '\(key)' under 'dedup' (known keys: \(dedupKeys.joined(separator: ", ")))"
                )
            }
        }
        if let problem = parameters.problem { throw RunError("\(at): \(problem)") }
        return parameters
    }

    private static func string(_ node: Node, key: String, at: String) throws(RunError) -> String {
        guard let text = node.scalar?.string, !text.isEmpty else {
            throw RunError("\(at): '\(key)' must be a non-empty string")
        }
        return text
    }

    private static func positiveInt(_ node: Node, key: String, at: String) throws(RunError) -> Int {
        guard let value = node.int, value > 0 else {
            throw RunError("\(at): '\(key)' must be a whole number above 0")
        }
        return value
    }

    private static func line(_ node: Node) -> String {
        guard let mark = node.mark else { return "" }
        return ":\(mark.line)"
    }

    private static func resolve(_ path: String, against base: String) -> String {
        if path.hasPrefix("/") || path.hasPrefix("~") { return path }
        return base == "." ? path : base + "/" + path
    }
}
