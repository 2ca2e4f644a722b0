package vn.canbo.career;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of the scans of decisions (table {@code career_decision_scan}). */
@Repository
class DecisionScanRows {

	private final JdbcClient jdbc;

	DecisionScanRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void saveScan(long decisionId, String fileName, String contentType, byte[] data, String user) {
		jdbc.sql("delete from career_decision_scan where decision_id = ?").param(decisionId).update();
		jdbc.sql("""
				insert into career_decision_scan (decision_id, file_name, content_type, size_bytes, data, uploaded_by)
				values (?, ?, ?, ?, ?, ?)""")
			.params(decisionId, fileName, contentType, data.length, data, user)
			.update();
	}

	record Scan(String fileName, String contentType, byte[] data) {
	}

	Optional<Scan> scan(long decisionId) {
		return jdbc.sql("select file_name, content_type, data from career_decision_scan where decision_id = ?")
			.param(decisionId)
			.query((rs, n) -> new Scan(rs.getString(1), rs.getString(2), rs.getBytes(3)))
			.optional();
	}

}
