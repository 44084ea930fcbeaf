import Foundation

/// Why a weights file could not be read.
public enum ModelFileError: Error, Sendable, Equatable {
    /// The bundled weights resource is missing.
    case missingResource
    /// The file could not be read.
    case unreadable(String)
    /// The bytes are not a weights file of this version.
    case malformed(String)
}

/// The binary weights format (see `RowQuantiser`).
///
/// Little-endian: the magic `GNER`, then UInt32 version (5), bucket bits, tag count and the number
/// of stored rows; then a bitmap of `2^bucketBits` bits marking stored rows; then, for each stored
/// row in bucket order, `tag count` Float16 weights (centred on the row mean).
public enum ModelFile {
    static let magic: [UInt8] = Array("GNER".utf8)
    static let version: UInt32 = 5
    static let headerSize = 20

    /// Encodes quantised rows.
    static func encode(bucketBits: Int, rows: RowQuantiser.Rows) -> [UInt8] {
        let tagCount = ModelTags.count
        let bucketCount = 1 << bucketBits
        var bitmap = [UInt8](repeating: 0, count: (bucketCount + 7) / 8)
        var body: [UInt8] = []
        var stored: UInt32 = 0
        for bucket in 0..<bucketCount where rows.kept[bucket] {
            bitmap[bucket >> 3] |= 1 << UInt8(bucket & 7)
            for tag in 0..<tagCount {
                withUnsafeBytes(of: rows.values[bucket * tagCount + tag].bitPattern.littleEndian) {
                    body.append(contentsOf: $0)
                }
            }
            stored += 1
        }
        var bytes = magic
        func append(_ value: UInt32) { withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) } }
        append(version)
        append(UInt32(bucketBits))
        append(UInt32(tagCount))
        append(stored)
        bytes.append(contentsOf: bitmap)
        bytes.append(contentsOf: body)
        return bytes
    }

    /// Decodes a weights file into a model.
    public static func decode(_ data: Data) -> Result<PerceptronModel, ModelFileError> {
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> Result<PerceptronModel, ModelFileError> in
            guard raw.count >= headerSize, Array(raw[0..<4]) == magic else { return .failure(.malformed("bad magic")) }
            func word(_ offset: Int) -> UInt32 {
                UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
            }
            guard word(4) == version else { return .failure(.malformed("unsupported version \(word(4))")) }
            let bucketBits = Int(word(8))
            let tagCount = Int(word(12))
            let rowCount = Int(word(16))
            guard (10...24).contains(bucketBits), tagCount == ModelTags.count else {
                return .failure(.malformed("bucket bits \(bucketBits), tags \(tagCount)"))
            }
            let bucketCount = 1 << bucketBits
            let rowSize = 2 * tagCount
            let rowsStart = headerSize + (bucketCount + 7) / 8
            guard raw.count == rowsStart + rowCount * rowSize else { return .failure(.malformed("bad length")) }
            // Float16 → Float32 through a table: the conversion is a library call on x86-64.
            let table = (0...Int(UInt16.max)).map { Float(Float16(bitPattern: UInt16($0))) }
            var weights = [Float](repeating: 0, count: bucketCount * tagCount + PerceptronModel.padding)
            var stored = 0
            weights.withUnsafeMutableBufferPointer { target in
                for byteIndex in 0..<(bucketCount + 7) / 8 {
                    var bits = raw[headerSize + byteIndex]
                    while bits != 0 && stored < rowCount {
                        let bucket = byteIndex * 8 + bits.trailingZeroBitCount
                        bits &= bits - 1
                        let offset = rowsStart + stored * rowSize
                        for tag in 0..<tagCount {
                            let bits = UInt16(
                                littleEndian: raw.loadUnaligned(fromByteOffset: offset + 2 * tag, as: UInt16.self))
                            target[bucket * tagCount + tag] = table[Int(bits)]
                        }
                        stored += 1
                    }
                }
            }
            guard stored == rowCount else { return .failure(.malformed("row count mismatch")) }
            return .success(PerceptronModel(bucketBits: bucketBits, paddedWeights: weights))
        }
    }

    /// Reads a weights file.
    public static func load(contentsOf url: URL) -> Result<PerceptronModel, ModelFileError> {
        guard let data = try? Data(contentsOf: url, options: .mappedIfSafe) else {
            return .failure(.unreadable(url.path))
        }
        return decode(data)
    }
}
