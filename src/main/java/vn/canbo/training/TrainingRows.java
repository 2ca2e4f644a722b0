package vn.canbo.training;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.canbo.people.CareerFacts;

/** The module's tables (V14_1__training.sql). */
@Component
class TrainingRows {

	private static final String COURSE = """
			select c.*, (select count(*) from training_enrolment e where e.course_id = c.id) enrolled
			  from training_course c where c.deleted_at is null""";

	private static final String ENROLMENT = """
			select e.*, c.name course_name, c.kind, c.ends_on, s.number, s.decided_on, s.issuer
			  from training_enrolment e
			  join training_course c on c.id = e.course_id
			  left join training_sending s on s.id = e.sending_id""";

	private final JdbcClient jdbc;

	private final CareerFacts facts;

	TrainingRows(JdbcClient jdbc, CareerFacts facts) {
		this.jdbc = jdbc;
		this.facts = facts;
	}

	/** The level codes a kind may confer. */
	Set<String> levels(CourseKind kind) {
		return Set.copyOf(jdbc.sql("select level_code from training_kind_level where kind = ?")
			.param(kind.name())
			.query(String.class)
			.list());
	}

	/** (kind, level code) of training_kind_level, by kind and level. */
	List<java.util.Map.Entry<String, String>> kindLevels() {
		return jdbc.sql("select kind, level_code from training_kind_level order by kind, level_code")
			.query((rs, n) -> java.util.Map.entry(rs.getString(1), rs.getString(2)))
			.list();
	}

	Optional<Course> course(long id) {
		return jdbc.sql(COURSE + " and c.id = ?").param(id).query(TrainingRows::course).optional();
	}

	Optional<Course> courseByCode(String code) {
		return jdbc.sql(COURSE + " and c.code = ?").param(code).query(TrainingRows::course).optional();
	}

	boolean codeTaken(String code, Long exceptId) {
		return jdbc.sql("select count(*) from training_course where code = ? and id <> ?")
			.params(code, exceptId == null ? -1L : exceptId)
			.query(Long.class)
			.single() > 0;
	}

	List<Course> courses(CourseFilter f) {
		StringBuilder sql = new StringBuilder(COURSE);
		var params = new java.util.HashMap<String, Object>();
		if (f.kind() != null) {
			sql.append(" and c.kind = :kind");
			params.put("kind", f.kind().name());
		}
		if (f.year() != null) {
			sql.append(" and c.starts_on < :yearEnd and c.ends_on >= :yearStart");
			params.put("yearStart", LocalDate.of(f.year(), 1, 1));
			params.put("yearEnd", LocalDate.of(f.year() + 1, 1, 1));
		}
		if (f.organiser() != null && !f.organiser().isBlank()) {
			sql.append(" and lower(c.organiser) like :org");
			params.put("org", "%" + f.organiser().strip().toLowerCase(java.util.Locale.ROOT).replace("%", "\\%") + "%");
		}
		sql.append(" order by c.starts_on desc, c.id desc");
		return jdbc.sql(sql.toString()).params(params).query(TrainingRows::course).list();
	}

	long insertCourse(CourseInput c, String user) {
		return jdbc.sql("""
				insert into training_course (code, name, kind, level_code, language_code, unit_id, organiser, place,
				       form_code, starts_on, ends_on, funding, capacity, created_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(c.code().strip(), c.name().strip(), c.kind().name(), blank(c.levelCode()), blank(c.languageCode()),
					c.unitId(), c.organiser().strip(), blank(c.place()), blank(c.formCode()), c.startsOn(), c.endsOn(),
					blank(c.funding()), c.capacity(), user)
			.query(Long.class)
			.single();
	}

	int updateCourse(long id, int version, CourseInput c, String user) {
		return jdbc.sql("""
				update training_course set code = ?, name = ?, kind = ?, level_code = ?, language_code = ?, unit_id = ?,
				       organiser = ?, place = ?, form_code = ?, starts_on = ?, ends_on = ?, funding = ?, capacity = ?,
				       version = version + 1, updated_at = now(), updated_by = ?
				 where id = ? and version = ? and deleted_at is null""")
			.params(c.code().strip(), c.name().strip(), c.kind().name(), blank(c.levelCode()), blank(c.languageCode()),
					c.unitId(), c.organiser().strip(), blank(c.place()), blank(c.formCode()), c.startsOn(), c.endsOn(),
					blank(c.funding()), c.capacity(), user, id, version)
			.update();
	}

	/**
	 * Keeps enrolments' start dates with the course's: those starting with the course
	 * ({@code from}) move, a late joiner's own date stays.
	 */
	void moveEnrolmentStarts(long courseId, LocalDate from, LocalDate startsOn) {
		jdbc.sql("update training_enrolment set starts_on = ? where course_id = ? and starts_on = ?")
			.params(startsOn, courseId, from)
			.update();
	}

	/**
	 * The late joiners' own start dates (those not the course's start), earliest first.
	 */
	List<LocalDate> ownStarts(long courseId, LocalDate courseStart) {
		return jdbc
			.sql("select distinct starts_on from training_enrolment where course_id = ? and starts_on <> ? order by 1")
			.params(courseId, courseStart)
			.query(LocalDate.class)
			.list();
	}

	void deleteCourse(long id, String user) {
		jdbc.sql("update training_course set deleted_at = now(), deleted_by = ? where id = ?")
			.params(user, id)
			.update();
	}

	long insertSending(Sending s, String user) {
		return jdbc.sql("""
				insert into training_sending (course_id, number, decided_on, issuer, created_by)
				values (?, ?, ?, ?, ?) returning id""")
			.params(s.courseId(), s.number().strip(), s.decidedOn(), s.issuer().strip(), user)
			.query(Long.class)
			.single();
	}

	long insertEnrolment(long courseId, Long sendingId, long personId, LocalDate startsOn, String user) {
		return jdbc.sql("""
				insert into training_enrolment (course_id, sending_id, person_id, starts_on, created_by)
				values (?, ?, ?, ?, ?) returning id""")
			.params(courseId, sendingId, personId, startsOn, user)
			.query(Long.class)
			.single();
	}

	/** The persons of the set already enrolled in the course. */
	Set<Long> enrolled(long courseId, java.util.Collection<Long> personIds) {
		return Set
			.copyOf(jdbc.sql("select person_id from training_enrolment where course_id = ? and person_id = any(?)")
				.params(courseId, personIds.toArray(Long[]::new))
				.query(Long.class)
				.list());
	}

	List<Enrolment> enrolments(long courseId) {
		// by name (the database's C collation: code points), then id
		return named(jdbc.sql(ENROLMENT + " where e.course_id = ? order by e.id")
			.param(courseId)
			.query(TrainingRows::enrolment)
			.list()).stream()
			.sorted(Comparator.comparing(Enrolment::personName).thenComparingLong(Enrolment::id))
			.toList();
	}

	List<Enrolment> enrolmentsOf(long personId) {
		return named(jdbc
			.sql(ENROLMENT + " where e.person_id = ? and c.deleted_at is null order by e.starts_on desc, e.id desc")
			.param(personId)
			.query(TrainingRows::enrolment)
			.list());
	}

	/** See {@link Courses#underWay}. */
	java.util.Map<Long, List<Enrolment>> underWay(java.util.Collection<Long> personIds, LocalDate on) {
		java.util.Map<Long, List<Enrolment>> out = new java.util.HashMap<>();
		if (personIds.isEmpty()) {
			return out;
		}
		jdbc.sql(ENROLMENT + " where e.person_id = any(?) and c.deleted_at is null and e.result is null"
				+ " and (e.starts_on is null or e.starts_on <= ?) order by e.person_id, e.starts_on desc, e.id desc")
			.params(personIds.stream().distinct().toArray(Long[]::new), on)
			.query(TrainingRows::enrolment)
			.list()
			.forEach(e -> out.computeIfAbsent(e.personId(), k -> new java.util.ArrayList<>()).add(e));
		return out;
	}

	Optional<Enrolment> enrolment(long id) {
		return jdbc.sql(ENROLMENT + " where e.id = ?")
			.param(id)
			.query(TrainingRows::enrolment)
			.optional()
			.map(e -> named(List.of(e)).get(0));
	}

	void setResult(long enrolmentId, ResultEntry r, LocalDate resultOn, Long qualificationId, String user) {
		jdbc.sql("""
				update training_enrolment set result = ?, result_on = ?, certificate_number = ?, certificate_date = ?,
				       grade = ?, result_note = ?, qualification_id = ?, updated_at = now(), updated_by = ?
				 where id = ?""")
			.params(r == null ? null : r.result().name(), resultOn, r == null ? null : blank(r.certificateNumber()),
					r == null ? null : r.certificateDate(), r == null ? null : blank(r.grade()),
					r == null ? null : blank(r.note()), qualificationId, user, enrolmentId)
			.update();
	}

	void insertRevocation(Enrolment e, LocalDate on, String reason, String user) {
		jdbc.sql("""
				insert into training_result_revocation (enrolment_id, result, result_on, certificate_number,
				       certificate_date, grade, qualification_id, revoked_on, reason, revoked_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(e.id(), e.result().name(), e.resultOn(), e.certificateNumber(), e.certificateDate(), e.grade(),
					e.qualificationId(), on, reason.strip(), user)
			.update();
	}

	/** The persons' names through the people API ("" for a deleted person). */
	private List<Enrolment> named(List<Enrolment> enrolments) {
		Map<Long, String> names = facts.names(enrolments.stream().map(Enrolment::personId).distinct().toList());
		return enrolments.stream().map(e -> e.withPersonName(names.getOrDefault(e.personId(), ""))).toList();
	}

	static String blank(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	private static Course course(ResultSet rs, int n) throws SQLException {
		return new Course(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
				CourseKind.valueOf(rs.getString("kind")), rs.getString("level_code"), rs.getString("language_code"),
				rs.getLong("unit_id"), null, rs.getString("organiser"), rs.getString("place"),
				rs.getString("form_code"), rs.getObject("starts_on", LocalDate.class),
				rs.getObject("ends_on", LocalDate.class), rs.getString("funding"),
				rs.getObject("capacity", Integer.class), rs.getInt("version"), rs.getInt("enrolled"));
	}

	private static Enrolment enrolment(ResultSet rs, int n) throws SQLException {
		String result = rs.getString("result");
		return new Enrolment(rs.getLong("id"), rs.getLong("course_id"), rs.getString("course_name"),
				CourseKind.valueOf(rs.getString("kind")), rs.getLong("person_id"), "", rs.getString("number"),
				rs.getObject("decided_on", LocalDate.class), rs.getString("issuer"),
				rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
				result == null ? null : CourseResult.valueOf(result), rs.getObject("result_on", LocalDate.class),
				rs.getString("certificate_number"), rs.getObject("certificate_date", LocalDate.class),
				rs.getString("grade"), rs.getString("result_note"), rs.getObject("qualification_id", Long.class));
	}

}
