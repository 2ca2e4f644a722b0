package vn.canbo.evaluation;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.canbo.people.PersonCategory;
import vn.canbo.people.PersonNames;

/** The SQL of campaigns, subjects and steps (tables of migration V13_1). */
@Component
class CampaignRows {

	/** A subject to insert when a campaign opens. */
	record NewSubject(Long personId, Long evaluatedUnitId, long unitId, String taskGroup, PersonCategory category,
			Regime regime) {
	}

	private static final String CAMPAIGN = """
			select c.*, (select count(*) from evaluation_subject s where s.campaign_id = c.id) subject_count,
			       (select count(*) from evaluation_subject s where s.campaign_id = c.id and s.rating is not null) rated_count
			from evaluation_campaign c""";

	/** The names come from the people API ({@link SubjectNames}), not from its table. */
	private static final String SUBJECT = "select s.* from evaluation_subject s";

	private final JdbcClient jdbc;

	private final PersonNames names;

	CampaignRows(JdbcClient jdbc, PersonNames names) {
		this.jdbc = jdbc;
		this.names = names;
	}

	long insertCampaign(NewCampaign c, String user) {
		return jdbc
			.sql("""
					insert into evaluation_campaign (name, root_unit_id, period_kind, period_from, period_to, kind, categories,
					    deadline, created_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(c.name().strip(), c.rootUnitId(), c.periodKind().name(), c.periodFrom(), c.periodTo(),
					c.kind().name(), c.categories().stream().map(Enum::name).sorted().collect(Collectors.joining(",")),
					c.deadline(), user)
			.query(Long.class)
			.single();
	}

	void insertSubjects(long campaignId, List<NewSubject> subjects, String user) {
		jdbc.sql(
				"""
						insert into evaluation_subject (campaign_id, person_id, evaluated_unit_id, unit_id, task_group, category, regime, updated_by)
						select ?, x.person_id, x.evaluated_unit_id, x.unit_id, x.task_group, x.category, x.regime, ?
						from unnest(?::bigint[], ?::bigint[], ?::bigint[], ?::text[], ?::text[], ?::text[])
						     x(person_id, evaluated_unit_id, unit_id, task_group, category, regime)""")
			.params(campaignId, user, subjects.stream().map(NewSubject::personId).toArray(Long[]::new),
					subjects.stream().map(NewSubject::evaluatedUnitId).toArray(Long[]::new),
					subjects.stream().map(NewSubject::unitId).toArray(Long[]::new),
					subjects.stream().map(NewSubject::taskGroup).toArray(String[]::new),
					subjects.stream()
						.map(s -> s.category() == null ? null : s.category().name())
						.toArray(String[]::new),
					subjects.stream().map(s -> s.regime().name()).toArray(String[]::new))
			.update();
	}

	Optional<Campaign> campaign(long id, Map<Long, String> unitNames) {
		return jdbc.sql(CAMPAIGN + " where c.id = ?").param(id).query((rs, n) -> campaign(rs, unitNames)).optional();
	}

	/**
	 * The campaign without its subject counts (zero): a save reads it once per call, and
	 * counting 60,000 subjects each time cost more than the save (the benchmark).
	 */
	Optional<Campaign> campaignUncounted(long id) {
		return jdbc.sql("select c.*, 0 subject_count, 0 rated_count from evaluation_campaign c where c.id = ?")
			.param(id)
			.query((rs, n) -> campaign(rs, Map.of()))
			.optional();
	}

	/** Campaigns rooted in the units (null = every campaign), newest period first. */
	List<Campaign> campaigns(Collection<Long> rootUnitIds, Map<Long, String> unitNames) {
		if (rootUnitIds == null) {
			return jdbc.sql(CAMPAIGN + " order by c.period_to desc, c.id desc")
				.query((rs, n) -> campaign(rs, unitNames))
				.list();
		}
		return jdbc.sql(CAMPAIGN + " where c.root_unit_id = any(?) order by c.period_to desc, c.id desc")
			.param(rootUnitIds.toArray(Long[]::new))
			.query((rs, n) -> campaign(rs, unitNames))
			.list();
	}

	List<Long> campaignRoots() {
		return jdbc.sql("select distinct root_unit_id from evaluation_campaign").query(Long.class).list();
	}

	/** The subjects of a campaign (of the units, null = all), without their steps. */
	List<Subject> subjects(long campaignId, Set<Long> unitIds) {
		String where = unitIds == null ? "" : " and s.unit_id = any(?)";
		var q = jdbc.sql(SUBJECT + " where s.campaign_id = ?" + where).param(campaignId);
		if (unitIds != null) {
			q = q.param(unitIds.toArray(Long[]::new));
		}
		// by unit, then the full name as the database sorts it (a unit's or an unknown
		// person's empty name first), then the id
		Map<Long, PersonNames.Name> byPerson = new java.util.HashMap<>();
		List<Subject> out = named(q.query((rs, n) -> subject(rs, List.of())).list(), byPerson);
		return out.stream()
			.sorted(java.util.Comparator.comparingLong(Subject::unitId)
				.thenComparingInt(x -> x.personId() == null || !byPerson.containsKey(x.personId()) ? 0
						: byPerson.get(x.personId()).byFullName())
				.thenComparingLong(Subject::id))
			.toList();
	}

	private List<Subject> named(List<Subject> subjects, Map<Long, PersonNames.Name> into) {
		return SubjectNames.named(names, subjects, into);
	}

	private List<Subject> named(List<Subject> subjects) {
		return SubjectNames.named(names, subjects, new java.util.HashMap<>());
	}

	/**
	 * The subjects of a campaign named by subject id or person id (of the units, null =
	 * all), without their steps: one query for a whole save.
	 */
	List<Subject> subjects(long campaignId, Set<Long> unitIds, Collection<Long> subjectIds,
			Collection<Long> personIds) {
		// by id alone, the campaign checked here: with "campaign_id = ? and id = any(…)"
		// PostgreSQL intersected the campaign's whole index with the ids (45–68 ms per
		// import batch at 60,000 subjects; 7 ms by the ids alone)
		// by person alone: one probe of (campaign_id, person_id) per person (with "= any"
		// PostgreSQL scanned the campaign: 45 ms per import batch, issue 15)
		boolean byPerson = subjectIds.isEmpty() && !personIds.isEmpty();
		String named = personIds.isEmpty() ? "s.id = any(:ids)" : byPerson ? "s.campaign_id = :c"
				: "s.campaign_id = :c and (s.id = any(:ids) or s.person_id = any(:persons))";
		String from = byPerson ? SUBJECT + " join unnest(cast(:persons as bigint[])) x(pid) on s.person_id = x.pid"
				: SUBJECT;
		var q = jdbc.sql(from + " where " + named + (unitIds == null ? "" : " and s.unit_id = any(:units)"));
		if (named.contains(":c")) {
			q = q.param("c", campaignId);
		}
		if (named.contains(":ids")) {
			q = q.param("ids", subjectIds.toArray(Long[]::new));
		}
		if (byPerson || named.contains(":persons")) {
			q = q.param("persons", personIds.toArray(Long[]::new));
		}
		if (unitIds != null) {
			q = q.param("units", unitIds.toArray(Long[]::new));
		}
		return named(q.query((rs, n) -> subject(rs, List.of()))
			.list()
			.stream()
			.filter(x -> x.campaignId() == campaignId)
			.toList());
	}

	/** The subjects with their steps, in the order of the ids (two queries). */
	List<Subject> subjectsWithSteps(List<Long> subjectIds) {
		Long[] ids = subjectIds.toArray(Long[]::new);
		Map<Long, List<Step>> steps = new java.util.HashMap<>();
		jdbc.sql("select * from evaluation_step where subject_id = any(?) order by step_date, id")
			.param(ids)
			.query((rs, n) -> Map.entry(rs.getLong("subject_id"), step(rs)))
			.list()
			.forEach(e -> steps.computeIfAbsent(e.getKey(), k -> new java.util.ArrayList<>()).add(e.getValue()));
		Map<Long, Subject> byId = new java.util.HashMap<>();
		named(jdbc.sql(SUBJECT + " where s.id = any(?)")
			.param(ids)
			.query((rs, n) -> subject(rs, steps.getOrDefault(rs.getLong("id"), List.of())))
			.list()).forEach(x -> byId.put(x.id(), x));
		return subjectIds.stream().map(byId::get).toList();
	}

	Optional<Subject> subject(long subjectId) {
		return jdbc.sql(SUBJECT + " where s.id = ?")
			.param(subjectId)
			.query((rs, n) -> subject(rs, steps(subjectId)))
			.optional()
			.map(x -> named(List.of(x)).get(0));
	}

	List<Step> steps(long subjectId) {
		return jdbc.sql("select * from evaluation_step where subject_id = ? order by step_date, id")
			.param(subjectId)
			.query((rs, n) -> step(rs))
			.list();
	}

	private static Step step(ResultSet rs) throws SQLException {
		return new Step(rs.getLong("id"), StepKind.valueOf(rs.getString("kind")),
				rs.getObject("step_date", LocalDate.class), rs.getString("actor"), rs.getBigDecimal("score"),
				rating(rs.getString("rating")), rs.getString("note"), rs.getTimestamp("recorded_at").toInstant(),
				rs.getString("recorded_by"));
	}

	/** A checked row of a save: what to store. */
	record ScoreUpdate(long subjectId, BigDecimal common, BigDecimal task, BigDecimal score, Rating rating,
			Disqualifiers disqualifiers, boolean onRecord, String taskGroup) {
	}

	/** Stores the checked rows of a save in one statement. */
	void updateScores(List<ScoreUpdate> updates, String user) {
		if (updates.isEmpty()) {
			return;
		}
		jdbc.sql(
				"""
						update evaluation_subject s set common_score = x.common, task_score = x.task, score = x.score,
						    rating = x.rating, flag_degradation = x.degradation, flag_disciplined = x.disciplined,
						    flag_unit_corruption = x.corruption, discipline_on_record = x.on_record, task_group = x.grp,
						    updated_at = now(), updated_by = :user
						from unnest(cast(:ids as bigint[]), cast(:common as numeric[]), cast(:task as numeric[]),
						            cast(:score as numeric[]), cast(:rating as text[]), cast(:degradation as boolean[]),
						            cast(:disciplined as boolean[]), cast(:corruption as boolean[]), cast(:onRecord as boolean[]),
						            cast(:grp as text[]))
						     x(id, common, task, score, rating, degradation, disciplined, corruption, on_record, grp)
						where s.id = x.id""")
			.param("user", user)
			.param("ids", updates.stream().map(ScoreUpdate::subjectId).toArray(Long[]::new))
			.param("common", updates.stream().map(u -> plain(u.common())).toArray(String[]::new))
			.param("task", updates.stream().map(u -> plain(u.task())).toArray(String[]::new))
			.param("score", updates.stream().map(u -> plain(u.score())).toArray(String[]::new))
			.param("rating",
					updates.stream().map(u -> u.rating() == null ? null : u.rating().name()).toArray(String[]::new))
			.param("degradation", updates.stream().map(u -> u.disqualifiers().degradation()).toArray(Boolean[]::new))
			.param("disciplined", updates.stream().map(u -> u.disqualifiers().disciplined()).toArray(Boolean[]::new))
			.param("corruption", updates.stream().map(u -> u.disqualifiers().unitCorruption()).toArray(Boolean[]::new))
			.param("onRecord", updates.stream().map(ScoreUpdate::onRecord).toArray(Boolean[]::new))
			.param("grp", updates.stream().map(ScoreUpdate::taskGroup).toArray(String[]::new))
			.update();
	}

	void insertStep(long subjectId, StepEntry s, String user) {
		jdbc.sql("""
				insert into evaluation_step (subject_id, kind, step_date, actor, score, rating, note, recorded_by)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(subjectId, s.kind().name(), s.date(), s.actor().strip(), s.score(),
					s.rating() == null ? null : s.rating().name(), s.note(), user)
			.update();
	}

	/** Locks the campaign row (finalisation and grid saves serialise on it). */
	Optional<String> lockStatus(long campaignId) {
		return jdbc.sql("select status from evaluation_campaign where id = ? for update")
			.param(campaignId)
			.query(String.class)
			.optional();
	}

	private static String plain(BigDecimal v) {
		return v == null ? null : v.toPlainString();
	}

	static Rating rating(String s) {
		return s == null ? null : Rating.valueOf(s);
	}

	private static Campaign campaign(ResultSet rs, Map<Long, String> unitNames) throws SQLException {
		long root = rs.getLong("root_unit_id");
		String cats = rs.getString("categories");
		Set<PersonCategory> categories = cats == null || cats.isBlank() ? Set.of()
				: Arrays.stream(cats.split(",")).map(PersonCategory::valueOf).collect(Collectors.toSet());
		var fin = rs.getTimestamp("finalised_at");
		return new Campaign(rs.getLong("id"), rs.getString("name"), root, unitNames.get(root),
				PeriodKind.valueOf(rs.getString("period_kind")), rs.getObject("period_from", LocalDate.class),
				rs.getObject("period_to", LocalDate.class), CampaignKind.valueOf(rs.getString("kind")), categories,
				rs.getObject("deadline", LocalDate.class), CampaignStatus.valueOf(rs.getString("status")),
				rs.getInt("subject_count"), rs.getInt("rated_count"), rs.getObject("decided_on", LocalDate.class),
				rs.getString("authority"), rs.getString("quota_justification"), fin == null ? null : fin.toInstant(),
				rs.getString("finalised_by"), rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"));
	}

	private static Subject subject(ResultSet rs, List<Step> steps) throws SQLException {
		String cat = rs.getString("category");
		return new Subject(rs.getLong("id"), rs.getLong("campaign_id"), (Long) rs.getObject("person_id", Long.class),
				rs.getObject("evaluated_unit_id", Long.class), "", rs.getLong("unit_id"), null,
				rs.getString("task_group"), cat == null ? null : PersonCategory.valueOf(cat),
				Regime.valueOf(rs.getString("regime")), rs.getBigDecimal("common_score"),
				rs.getBigDecimal("task_score"), rs.getBigDecimal("score"), rating(rs.getString("rating")),
				new Disqualifiers(rs.getBoolean("flag_degradation"), rs.getBoolean("flag_disciplined"),
						rs.getBoolean("flag_unit_corruption")),
				rs.getBoolean("discipline_on_record"), rs.getBoolean("final_rating"), steps);
	}

	static Map<Long, String> noNames() {
		return new LinkedHashMap<>();
	}

}
