import Foundation
import GleanerCore
import GleanerIO
import Testing

@Suite("Input discovery")
struct InputDiscoveryTests {
    @Test func listsSupportedFilesInAStableDepthFirstOrder() throws {
        let tree = try TemporaryDirectory()
        defer { tree.remove() }
        for name in [
            "b.html", "a.txt.gz", "Z.htm", "sub/c.xhtml", "sub/deeper/d.text", "a-b/e.HTML", "readme.md", "feed.xml",
        ] {
            try tree.write(name, "x")
        }
        try tree.write(".hidden.html", "x")
        try tree.write(".git/config.txt", "x")
        let found = try InputDiscovery.discover(root: tree.path)
        #expect(
            found.files.map(\.relativePath) == [
                "Z.htm", "a-b/e.HTML", "a.txt.gz", "b.html", "sub/c.xhtml", "sub/deeper/d.text",
            ])
        #expect(found.files.map(\.format) == [.html, .html, .text, .html, .html, .text])
        #expect(found.files.map(\.gzipped) == [false, false, true, false, false, false])
        #expect(found.skipped == ["hidden": 2, "unsupported_extension": 2])
        #expect(found.unreadable.isEmpty)
    }

    @Test func followsSymlinksToFilesInsideTheTreeOnly() throws {
        let tree = try TemporaryDirectory()
        let outside = try TemporaryDirectory()
        defer {
            tree.remove()
            outside.remove()
        }
        try tree.write("real/a.html", "x")
        try outside.write("secret.html", "x")
        let manager = FileManager.default
        try manager.createSymbolicLink(
            atPath: tree.path + "/inside-link.html", withDestinationPath: tree.path + "/real/a.html")
        try manager.createSymbolicLink(
            atPath: tree.path + "/outside-link.html", withDestinationPath: outside.path + "/secret.html")
        try manager.createSymbolicLink(atPath: tree.path + "/loop", withDestinationPath: tree.path)
        try manager.createSymbolicLink(
            atPath: tree.path + "/dangling.html", withDestinationPath: tree.path + "/nope.html")
        let found = try InputDiscovery.discover(root: tree.path)
        #expect(found.files.map(\.relativePath) == ["inside-link.html", "real/a.html"])
        #expect(found.skipped["symlink"] == 3)
    }

    @Test func missingOrNonDirectoryInputIsARunError() throws {
        #expect(throws: RunError.self) { try InputDiscovery.discover(root: "/nonexistent/gleaner/input") }
        let tree = try TemporaryDirectory()
        defer { tree.remove() }
        try tree.write("file.html", "x")
        #expect(throws: RunError.self) { try InputDiscovery.discover(root: tree.path + "/file.html") }
    }

    @Test(.enabled(if: getuid() != 0, "root can list any directory"))
    func unreadableDirectoryIsReportedNotSkipped() throws {
        let tree = try TemporaryDirectory()
        defer {
            chmod(tree.path + "/locked", 0o755)
            tree.remove()
        }
        try tree.write("locked/a.html", "x")
        try tree.write("ok.html", "x")
        chmod(tree.path + "/locked", 0o000)
        let found = try InputDiscovery.discover(root: tree.path)
        #expect(found.files.map(\.relativePath) == ["ok.html"])
        #expect(found.unreadable.map(\.path) == ["locked"])
    }
}
