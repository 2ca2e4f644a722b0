package vn.canbo.people;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.canbo.shared.PartialDate;
import vn.canbo.shared.RecordValues;
import vn.canbo.shared.VietnameseText;

/** SQL of the {@code person} table. */
@Repository
class PersonRows {

	/**
	 * The columns of the dossier fields (derived from {@link DossierFields}: the field's
	 * name in snake case; a partial date adds {@code _precision}; a place has one column
	 * per part) and the search keys.
	 */
	static final List<String> COLUMNS = Stream
		.concat(DossierFields.ALL.stream().flatMap(f -> columns(f).stream()), Stream.of("search_name", "sort_name"))
		.toList();

	static final String INSERT = "insert into person (id, " + String.join(", ", COLUMNS)
			+ ", created_by, updated_by) values (:id, " + String.join(", ", COLUMNS.stream().map(c -> ":" + c).toList())
			+ ", :user, :user)";

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate named;

	PersonRows(JdbcClient jdbc, NamedParameterJdbcTemplate named) {
		this.jdbc = jdbc;
		this.named = named;
	}

	/**
	 * Reserves ids for a batch (the identity column is "by default", so explicit ids are
	 * allowed).
	 */
	List<Long> nextIds(int n) {
		return jdbc.sql("select nextval(pg_get_serial_sequence('person', 'id')) from generate_series(1, ?)")
			.param(n)
			.query(Long.class)
			.list();
	}

	void insertAll(List<Long> ids, List<PersonData> data, String user) {
		List<MapSqlParameterSource> rows = new java.util.ArrayList<>(ids.size());
		for (int i = 0; i < ids.size(); i++) {
			rows.add(params(data.get(i)).addValue("id", ids.get(i)).addValue("user", user));
		}
		named.batchUpdate(INSERT, typedBatch(rows));
	}

	/**
	 * Updates when the version matches; false when someone else saved first (or the row
	 * is gone).
	 */
	boolean update(long id, int expectedVersion, PersonData d, String user) {
		String set = String.join(", ", COLUMNS.stream().map(c -> c + " = :" + c).toList());
		return named.update(
				"update person set " + set + ", version = version + 1, updated_at = now(), updated_by = :user "
						+ "where id = :id and version = :version and deleted_at is null",
				params(d).addValue("id", id).addValue("version", expectedVersion).addValue("user", user)) == 1;
	}

	/** Every history change bumps the dossier's version (and its last-change stamp). */
	void touch(long id, String user) {
		jdbc.sql("update person set version = version + 1, updated_at = now(), updated_by = ? where id = ?")
			.params(user, id)
			.update();
	}

	void lock(long id) {
		jdbc.sql("select id from person where id = ? for update").param(id).query(Long.class).optional();
	}

	void touchAll(List<Long> ids, String user) {
		jdbc.sql("update person set version = version + 1, updated_at = now(), updated_by = :u where id = any(:ids)")
			.param("u", user)
			.param("ids", ids.toArray(Long[]::new))
			.update();
	}

	boolean softDelete(long id, String reason, String user) {
		return jdbc
			.sql("update person set deleted_at = now(), deleted_by = ?, delete_reason = ?, version = version + 1 "
					+ "where id = ? and deleted_at is null")
			.params(user, reason, id)
			.update() == 1;
	}

	Optional<Person> find(long id) {
		return jdbc.sql("select * from person where id = ? and deleted_at is null")
			.param(id)
			.query(PersonRows::map)
			.optional();
	}

	/** Version and last change of a dossier, for the conflict message. */
	Optional<Map<String, Object>> stamp(long id) {
		return jdbc.sql("select version, updated_at, updated_by from person where id = ? and deleted_at is null")
			.param(id)
			.query()
			.listOfRows()
			.stream()
			.findFirst();
	}

	/** Persons (not deleted) with the national ID, other than {@code exceptId}. */
	List<String> nationalIdsTaken(List<String> nationalIds, Long exceptId) {
		if (nationalIds.isEmpty()) {
			return List.of();
		}
		return jdbc
			.sql("select national_id from person where national_id = any(:n) and deleted_at is null and id <> :x")
			.param("n", nationalIds.toArray(String[]::new))
			.param("x", exceptId == null ? -1L : exceptId)
			.query(String.class)
			.list();
	}

	/**
	 * Nulls sent as "unspecified" so that the server infers their type: without this,
	 * Spring asks the driver for parameter metadata for every null, which slows batches
	 * down.
	 */
	/**
	 * A JDBC batch takes each parameter's SQL type from its FIRST row; so the type of a
	 * column is taken from the first row where it is not null and declared on every row
	 * (a null in row 0 and a date in row 5 must both be sent as DATE).
	 */
	static MapSqlParameterSource[] typedBatch(List<MapSqlParameterSource> rows) {
		if (rows.isEmpty()) {
			return new MapSqlParameterSource[0];
		}
		for (String name : rows.get(0).getParameterNames()) {
			int type = java.sql.Types.NULL;
			for (MapSqlParameterSource row : rows) {
				Object v = row.getValue(name);
				if (v != null) {
					type = org.springframework.jdbc.core.StatementCreatorUtils.javaTypeToSqlParameterType(v.getClass());
					break;
				}
			}
			for (MapSqlParameterSource row : rows) {
				row.registerSqlType(name, type);
			}
		}
		return rows.toArray(MapSqlParameterSource[]::new);
	}

	static MapSqlParameterSource params(PersonData d) {
		Map<String, Object> values = RecordValues.of(d);
		Map<String, Object> m = new LinkedHashMap<>();
		for (DossierField f : DossierFields.ALL) {
			Object v = values.get(f.name());
			String c = snake(f.name());
			switch (f.kind()) {
				case CHOICE -> m.put(c, v == null ? null : ((Enum<?>) v).name());
				case PARTIAL_DATE -> {
					PartialDate p = (PartialDate) v;
					m.put(c, p == null ? null : p.date());
					// the precision of a required date is never null (DAY when absent)
					m.put(c + "_precision", p != null ? p.precision().name() : f.required() ? "DAY" : null);
				}
				case PLACE -> {
					Map<String, Object> parts = RecordValues.of(v == null ? Place.EMPTY : (Place) v);
					DossierField.PLACE_PARTS.forEach(part -> m.put(c + "_" + snake(part), parts.get(part)));
				}
				default -> m.put(c, v);
			}
		}
		m.put("search_name", searchName(d.fullName(), d.otherNames()));
		m.put("sort_name", VietnameseText.sortKey(d.fullName()));
		return new MapSqlParameterSource(m);
	}

	/** The columns of a dossier field. */
	private static List<String> columns(DossierField f) {
		String c = snake(f.name());
		return switch (f.kind()) {
			case PARTIAL_DATE -> List.of(c, c + "_precision");
			case PLACE -> DossierField.PLACE_PARTS.stream().map(p -> c + "_" + snake(p)).toList();
			default -> List.of(c);
		};
	}

	/** homeTown → home_town. */
	private static String snake(String name) {
		return name.replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT);
	}

	/**
	 * ' nguyen van duc ba duc ': folded words with a space on each side, so "% token%"
	 * matches word prefixes.
	 */
	static String searchName(String fullName, String otherNames) {
		String words = String.join(" ", VietnameseText.tokens(fullName + " " + (otherNames == null ? "" : otherNames)));
		return " " + words + " ";
	}

	static Person map(ResultSet rs, int n) throws SQLException {
		Map<String, Object> values = new HashMap<>();
		for (DossierField f : DossierFields.ALL) {
			values.put(f.name(), value(rs, f, snake(f.name())));
		}
		return new Person(rs.getLong("id"), rs.getInt("version"), DossierFields.data(values), instant(rs, "created_at"),
				rs.getString("created_by"), instant(rs, "updated_at"), rs.getString("updated_by"));
	}

	private static Object value(ResultSet rs, DossierField f, String c) throws SQLException {
		switch (f.kind()) {
			case CHOICE:
				return rs.getString(c) == null ? null : f.enumValue(rs.getString(c));
			case PARTIAL_DATE:
				return partial(rs, c, c + "_precision");
			case DATE:
				return date(rs, c);
			case INTEGER:
				return rs.getObject(c) == null ? null : rs.getInt(c);
			case DECIMAL:
				return rs.getBigDecimal(c);
			case PLACE:
				Map<String, Object> parts = new HashMap<>();
				for (String part : DossierField.PLACE_PARTS) {
					parts.put(part, rs.getString(c + "_" + snake(part)));
				}
				Place p = RecordValues.create(Place.class, parts);
				return p.equals(Place.EMPTY) ? null : p;
			default:
				return rs.getString(c);
		}
	}

	static PartialDate partial(ResultSet rs, String column, String precision) throws SQLException {
		LocalDate d = date(rs, column);
		String p = rs.getString(precision);
		return d == null ? null
				: new PartialDate(d, p == null ? PartialDate.Precision.DAY : PartialDate.Precision.valueOf(p));
	}

	static LocalDate date(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, LocalDate.class);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

}
