import Foundation

// gleaner-train-ner train|score|bench|errors|tag|export|external [--option value …]; see Benchmarks/ner/README.md.
let arguments = CommandLine.arguments
let options = Options(arguments.dropFirst(2))
let result: Result<Void, TrainError>
switch arguments.count > 1 ? arguments[1] : "" {
case "train": result = Commands.train(options)
case "score": result = Commands.score(options)
case "bench": result = Commands.bench(options)
case "errors": result = ErrorReport.run(options)
case "tag": result = Commands.tag(options)
case "export": result = ExternalModel.export(options)
case "external": result = ExternalModel.external(options)
default:
    result = .failure(
        .usage("usage: gleaner-train-ner train|score|bench|errors|tag|export|external [--option value …]"))
}
if case .failure(let error) = result {
    FileHandle.standardError.write(Data("gleaner-train-ner: \(error)\n".utf8))
    exit(2)
}
