/// Least-significant-digit radix sort of non-negative integers below 2^`bits`, 11 bits per pass:
/// a few linear passes instead of a comparison sort's n log n comparisons, for the hundreds of
/// thousands of packed band keys a run commits.
enum RadixSort {
    /// Sorts `values` (each in 0 ..< 2^`bits`) in ascending order.
    static func sort(_ values: inout [Int64], bits: Int) {
        guard values.count > 1 else { return }
        let digitBits = 11
        let buckets = 1 << digitBits
        let mask = Int64(buckets - 1)
        var scratch = [Int64](repeating: 0, count: values.count)
        var counts = [Int](repeating: 0, count: buckets)
        var shift = 0
        while shift < bits {
            for index in 0..<buckets { counts[index] = 0 }
            for value in values { counts[Int((value >> shift) & mask)] += 1 }
            var total = 0
            for index in 0..<buckets {
                let count = counts[index]
                counts[index] = total
                total += count
            }
            for value in values {
                let digit = Int((value >> shift) & mask)
                scratch[counts[digit]] = value
                counts[digit] += 1
            }
            swap(&values, &scratch)
            shift += digitBits
        }
    }
}
