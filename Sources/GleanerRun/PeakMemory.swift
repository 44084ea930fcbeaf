#if canImport(Glibc)
    import Glibc
#endif

/// The process's peak resident set size, from `getrusage`.
enum PeakMemory {
    /// Bytes (Linux reports kilobytes).
    static var bytes: Int {
        var usage = rusage()
        guard getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage) == 0 else { return 0 }
        return Int(usage.ru_maxrss) * 1024
    }
}
