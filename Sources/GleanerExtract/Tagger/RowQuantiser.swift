/// Float16 storage of the weight rows.
///
/// Adding a constant to every tag of one feature row never changes the argmax, so each row is
/// first centred on its mean (frequent features carry large, nearly equal weights for all tags),
/// then stored as `ModelTags.count` Float16 values. Float16 keeps a relative precision of 2^-11 per
/// weight, so rows with a wide range (the bias, previous-tag and shape rows) keep their small
/// differences between tags; a per-row Int8 scale lost them and made dev F1 jump between epochs.
/// Rows whose largest centred magnitude is below a quantile of the row maxima can be dropped.
public enum RowQuantiser {
    /// Stored rows: `kept[bucket]` and `values[bucket × tags + tag]` (zero for a dropped row).
    public struct Rows: Sendable {
        public var kept: [Bool]
        public var values: [Float16]
    }

    /// Centres and converts `weights`, dropping rows whose centred maximum is below the
    /// `pruneQuantile` of the non-zero row maxima (0 keeps every non-zero row).
    public static func quantise(_ weights: [Float], pruneQuantile: Double) -> Rows {
        let tags = ModelTags.count
        let rowCount = weights.count / tags
        var centred = weights
        var maxima = [Float](repeating: 0, count: rowCount)
        for row in 0..<rowCount {
            let range = (row * tags)..<(row * tags + tags)
            var sum: Float = 0
            for index in range { sum += weights[index] }
            let mean = sum / Float(tags)
            var maximum: Float = 0
            for index in range {
                centred[index] = weights[index] - mean
                maximum = max(maximum, abs(centred[index]))
            }
            maxima[row] = maximum
        }
        let nonZero = maxima.filter { $0 > 0 }.sorted()
        let floor =
            nonZero.isEmpty
            ? Float.infinity : nonZero[min(nonZero.count - 1, Int(Double(nonZero.count) * pruneQuantile))]
        var rows = Rows(
            kept: [Bool](repeating: false, count: rowCount), values: [Float16](repeating: 0, count: weights.count))
        for row in 0..<rowCount where maxima[row] > 0 && maxima[row] >= floor {
            rows.kept[row] = true
            for index in (row * tags)..<(row * tags + tags) {
                rows.values[index] = Float16(max(-65_000, min(65_000, centred[index])))
            }
        }
        return rows
    }

    /// Dense Float32 weights from stored rows.
    public static func dequantise(_ rows: Rows) -> [Float] {
        rows.values.map { Float($0) }
    }
}
