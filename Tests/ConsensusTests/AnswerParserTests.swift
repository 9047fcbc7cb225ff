import Testing
@testable import Consensus

@Suite struct AnswerParserTests {
    private func answer(_ text: String) throws -> Answer {
        guard case .answer(let answer) = AnswerParser.parse(text) else {
            Issue.record("expected an answer from: \(text)")
            throw CancellationError()
        }
        return answer
    }

    private func reason(_ text: String) -> String? {
        if case .unusable(let reason) = AnswerParser.parse(text) { return reason }
        return nil
    }

    @Test func readsTheContractAsSpecified() throws {
        let a = try answer("""
            {"decision": "approve-with-changes", "verdict": "approve-with-changes",
             "recommended_database": "PostgreSQL", "alternatives": ["MySQL"],
             "findings": [{"category": "indexing", "severity": "high", "target": "orders.customer_id",
                           "title": "Foreign key without index", "detail": "Joins scan orders.", "fix": "CREATE INDEX ..."}],
             "risks": [{"risk": "Lock during index build", "mitigation": "CONCURRENTLY"}],
             "roadmap": ["Add the index", "Backfill"], "summary": "Mostly fine.", "confidence": 0.8}
            """)
        #expect(a.verdict == .approveWithChanges)
        #expect(a.recommendedDatabase == "PostgreSQL")
        #expect(a.alternatives == ["MySQL"])
        #expect(a.findings == [Finding(category: .indexing, severity: .high, target: "orders.customer_id",
                                       title: "Foreign key without index", detail: "Joins scan orders.", fix: "CREATE INDEX ...")])
        #expect(a.risks == [Risk(risk: "Lock during index build", mitigation: "CONCURRENTLY")])
        #expect(a.roadmap == ["Add the index", "Backfill"])
        #expect(a.summary == "Mostly fine.")
        #expect(a.confidence == 0.8)
    }

    @Test func toleratesFencesProseTrailingCommasAndComments() throws {
        let a = try answer("""
            Here is my review of the schema.

            ```json
            {
              // my verdict
              "verdict": "reject",
              "findings": [
                {"title": "No primary key", "target": "order_items", "severity": "critical",},
              ],
              "summary": 'Needs work',
            }
            ```
            Let me know if you need more.
            """)
        #expect(a.verdict == .reject)
        #expect(a.findings.map(\.title) == ["No primary key"])
        #expect(a.findings.first?.severity == .critical)
        #expect(a.summary == "Needs work")
    }

    @Test func findsJSONInProseWithoutFences() throws {
        let a = try answer(#"I recommend {"recommendedDatabase": "Postgres 16", "summary": "joins {everywhere}"} overall."#)
        #expect(a.recommendedDatabase == "Postgres 16")
        #expect(a.summary == "joins {everywhere}")
    }

    @Test func readsFieldNameVariantsAndWrappers() throws {
        let a = try answer("""
            {"answer": {"Decision Option": "Expand/contract", "Issues": [
                {"table": "Orders", "column": "user_id", "priority": "major", "name": "Index it",
                 "description": "slow", "remediation": "add index", "type": "Performance"}],
             "implementation_steps": [{"step": "Phase 1", "description": "add column"}],
             "confidence": "85%"}}
            """)
        #expect(a.decision == "Expand/contract")
        #expect(a.findings == [Finding(category: .performance, severity: .high, target: "orders.user_id",
                                       title: "Index it", detail: "slow", fix: "add index")])
        #expect(a.roadmap == ["Phase 1: add column"])
        #expect(a.confidence == 0.85)
    }

    @Test func verdictFromDecisionWhenNoVerdictField() throws {
        #expect(try answer(#"{"decision": "Approve with minor changes"}"#).verdict == .approveWithChanges)
        #expect(try answer(#"{"decision": "APPROVED"}"#).verdict == .approve)
    }

    @Test func unusableRepliesSayWhy() {
        #expect(reason("") == "the reply is empty")
        #expect(reason("I cannot help with that.") == "no JSON object found in the reply")
        #expect(reason(#"{"foo": 1}"#)?.contains("none of the answer's fields") == true)
        #expect(reason(#"{"verdict": "approve", "findings": ["#) == "no JSON object found in the reply")
    }

    @Test func targetsAreNormalized() {
        #expect(TargetName.normalize(#""public"."Orders"."user_id""#) == "orders.user_id")
        #expect(TargetName.normalize("orders (user_id, created_at)") == "orders.user_id")
        #expect(TargetName.normalize("`orders`.`user_id`") == "orders.user_id")
        #expect(TargetName.normalize("Table: orders") == "orders")
        #expect(TargetName.normalize("app.orders.user_id") == "app.orders.user_id")
        #expect(TargetName.table(of: "app.orders.user_id") == "app.orders")
        #expect(TargetName.column(of: "orders") == nil)
    }
}
