import Foundation
import GRDB

/// Inserts rows many at a time: `INSERT … VALUES (?, …), (?, …), …` with up to 256 rows per
/// statement, so that a run's hundreds of thousands of rows cost a few thousand statement steps.
struct BatchInsert<Value: DatabaseValueConvertible> {

    private let db: Database
    private let sql: String
    private let columns: Int
    private let row: String
    /// Values per full statement: 256 rows (SQLite allows 32,766 bound parameters).
    private let batch: Int
    private var values: [(any DatabaseValueConvertible)?] = []
    private var full: Statement?

    /// Rows of `columns` bound values for `sql`, an `INSERT … VALUES` without its value lists.
    /// `row` is the SQL of one row's value list, `(?, ?, …)` by default; in a custom one, `?#`
    /// stands for the row's first value (a numbered parameter), so that a row can use a value
    /// twice, e.g. `(?# >> 25, ?# & 33554431)`.
    init(db: Database, sql: String, columns: Int, row: String? = nil) {
        self.db = db
        self.sql = sql
        self.columns = columns
        self.row = row ?? "(" + Array(repeating: "?", count: columns).joined(separator: ", ") + ")"
        batch = columns * 256
        values.reserveCapacity(batch)
    }

    /// Adds the next value of the current row.
    mutating func append(_ value: Value) {
        values.append(value)
    }

    /// Ends the current row (after `columns` values); writes a full statement's worth of rows
    /// when there is one.
    mutating func endRow() throws {
        guard values.count == batch else { return }
        if full == nil { full = try db.makeStatement(sql: statement(rows: batch / columns)) }
        try full?.execute(arguments: StatementArguments(values))
        values.removeAll(keepingCapacity: true)
    }

    /// Writes the rows not written yet.
    mutating func flush() throws {
        guard !values.isEmpty else { return }
        precondition(values.count % columns == 0, "unfinished row")
        try db.execute(sql: statement(rows: values.count / columns), arguments: StatementArguments(values))
        values.removeAll(keepingCapacity: true)
    }

    private func statement(rows: Int) -> String {
        let list = (0..<rows).map { row.replacingOccurrences(of: "?#", with: "?\($0 * columns + 1)") }
        return sql + " " + list.joined(separator: ", ")
    }
}
