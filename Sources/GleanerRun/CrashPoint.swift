#if canImport(Glibc)
    import Glibc
#endif

/// Named points in a run's publish sequence where the kill test (`Benchmarks/nightly/`)
/// makes the process kill itself with SIGKILL, to hit the narrow windows between the state
/// commit and the renames deterministically. Set `GLEANER_CRASH_AT` to a point's name; unset,
/// it does nothing. Not meant for anything but tests.
enum CrashPoint: String {
    case beforeCommit = "before-commit"
    case afterCommit = "after-commit"
    case afterPublish = "after-publish"
    case afterLatest = "after-latest"

    func check() {
        guard let value = getenv("GLEANER_CRASH_AT"), String(cString: value) == rawValue else { return }
        kill(getpid(), SIGKILL)
    }
}
