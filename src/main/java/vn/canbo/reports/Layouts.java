package vn.canbo.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/** Standard layouts (table report_layout): a changed form is a data change. */
@Service
public class Layouts {

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	Layouts(JdbcClient jdbc, ObjectMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	public List<Layout> list() {
		return jdbc.sql("select code, name, row_dim, columns::text, note from report_layout order by sort_order, code")
			.query((rs, i) -> layout(rs))
			.list();
	}

	public Optional<Layout> find(String code) {
		return jdbc.sql("select code, name, row_dim, columns::text, note from report_layout where code = ?")
			.param(code)
			.query((rs, i) -> layout(rs))
			.optional();
	}

	private Layout layout(java.sql.ResultSet rs) throws java.sql.SQLException {
		List<Map<String, Object>> raw = json.readValue(rs.getString(4), new TypeReference<List<Map<String, Object>>>() {
		});
		List<Layout.Column> cols = new ArrayList<>();
		for (Map<String, Object> m : raw) {
			@SuppressWarnings("unchecked")
			List<String> values = (List<String>) m.get("values");
			Object dim = m.get("dim");
			cols.add(new Layout.Column((String) m.get("group"), (String) m.get("header"),
					dim == null ? null : Dim.parse(dim.toString(), Dim.TOTAL), values, (String) m.get("measure")));
		}
		return new Layout(rs.getString(1), rs.getString(2), Dim.parse(rs.getString(3), Dim.SUBUNIT), cols,
				rs.getString(5));
	}

}
