package vn.canbo.training.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.canbo.imports.ImportContext;
import vn.canbo.imports.ImportRow;
import vn.canbo.imports.RowHandler;
import vn.canbo.people.PersonLookup;
import vn.canbo.shared.Messages;
import vn.canbo.shared.RowErrors;
import vn.canbo.training.Course;
import vn.canbo.training.CourseResult;
import vn.canbo.training.Courses;
import vn.canbo.training.Enrolment;
import vn.canbo.training.ResultEntry;
import vn.canbo.training.Sending;

/**
 * Rows of TRAINING_ENROLMENTS: the course (by code) and the person (by CCCD) must be in
 * the scope, the person not yet enrolled in the course nor twice in the file; a result
 * needs its date (COMPLETED: certificate number and date). The commit groups the rows by
 * course and decision, sends them ({@link Courses#send}) and records their results
 * ({@link Courses#record}) inside the import's single transaction: any refusal of the API
 * (named with the file's row) rolls the whole file back.
 */
final class EnrolmentsHandler implements RowHandler {

	private static final Pattern INDEXED = Pattern.compile("(?:personIds|results)\\[(\\d+)].*");

	private final Courses courses;

	private final PersonLookup lookup;

	EnrolmentsHandler(Courses courses, PersonLookup lookup) {
		this.courses = courses;
		this.lookup = lookup;
	}

	private static String text(String key, Object... args) {
		return Messages.text("training.template.error." + key, args);
	}

	record Row(Course course, long personId, String personName) {
	}

	@Override
	public void check(List<ImportRow> batch, ImportContext ctx) {
		Map<String, Optional<Course>> known = ctx.state("courses", HashMap::new);
		Map<Long, Map<Long, Enrolment>> enrolled = ctx.state("enrolled", HashMap::new);
		Map<String, Integer> seen = ctx.state("seen", HashMap::new);
		Map<String, PersonLookup.Match> persons = new HashMap<>();
		List<String> ids = batch.stream().map(r -> r.text("nationalId")).filter(s -> s != null).toList();
		for (PersonLookup.Match m : lookup.byNationalIds(ids)) {
			if (lookup.visible(m.id(), ctx.scope())) {
				persons.put(m.nationalId(), m);
			}
		}
		for (ImportRow r : batch) {
			String code = r.text("courseCode");
			Optional<Course> c = known.computeIfAbsent(code, k -> courses.byCode(k, ctx.scope()));
			if (c.isEmpty()) {
				r.error("courseCode", text("course", code));
				continue;
			}
			PersonLookup.Match p = persons.get(r.text("nationalId"));
			if (p == null) {
				r.error("nationalId", text("person", r.text("nationalId")));
				continue;
			}
			if (r.text("fullName") != null && !r.text("fullName").equalsIgnoreCase(p.fullName())) {
				r.warn("fullName", text("name", r.text("fullName"), p.fullName()));
			}
			Map<Long, Enrolment> in = enrolled.computeIfAbsent(c.get().id(), id -> byPerson(id, ctx));
			if (in.containsKey(p.id())) {
				r.error("nationalId", text("enrolled", p.fullName(), c.get().name()));
				continue;
			}
			Integer earlier = seen.putIfAbsent(c.get().id() + "/" + p.id(), r.number());
			if (earlier != null && earlier != r.number()) {
				r.error("nationalId", text("twice", p.fullName(), String.valueOf(earlier)));
				continue;
			}
			String result = r.code("result");
			if (result != null && CourseResult.valueOf(result) == CourseResult.COMPLETED) {
				if (r.isBlank("certificateNumber")) {
					r.error("certificateNumber", text("certificateNumber", p.fullName()));
				}
				if (r.date("certificateDate") == null) {
					r.error("certificateDate", text("certificateDate", p.fullName()));
				}
			}
			else if (result != null && r.date("resultOn") == null) {
				r.error("resultOn", text("resultOn", p.fullName()));
			}
			r.attach(new Row(c.get(), p.id(), p.fullName()));
		}
	}

	private Map<Long, Enrolment> byPerson(long courseId, ImportContext ctx) {
		Map<Long, Enrolment> m = new HashMap<>();
		courses.enrolments(courseId, ctx.scope()).forEach(e -> m.put(e.personId(), e));
		return m;
	}

	@Override
	public void write(List<ImportRow> batch, ImportContext ctx) {
		Map<String, List<ImportRow>> groups = new LinkedHashMap<>();
		for (ImportRow r : batch) {
			Row a = r.attachment();
			if (a != null) {
				String key = a.course().id() + "|" + r.text("decisionNumber") + "|" + r.date("decidedOn") + "|"
						+ r.text("issuer");
				groups.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
			}
		}
		for (List<ImportRow> rows : groups.values()) {
			ImportRow first = rows.get(0);
			Course course = first.<Row>attachment().course();
			List<Long> persons = rows.stream().map(r -> r.<Row>attachment().personId()).toList();
			List<Long> enrolments = named(rows, () -> courses.send(new Sending(first.text("decisionNumber"),
					first.date("decidedOn"), first.text("issuer"), course.id(), persons), ctx.scope()));
			List<ImportRow> withResult = new ArrayList<>();
			List<ResultEntry> results = new ArrayList<>();
			for (int i = 0; i < rows.size(); i++) {
				ImportRow r = rows.get(i);
				if (r.code("result") != null) {
					withResult.add(r);
					LocalDate on = r.date("resultOn");
					results.add(new ResultEntry(enrolments.get(i), CourseResult.valueOf(r.code("result")), on,
							r.text("certificateNumber"), r.date("certificateDate"), r.text("grade"), null));
				}
			}
			if (!results.isEmpty()) {
				named(withResult, () -> {
					courses.record(course.id(), results, ctx.scope());
					return null;
				});
			}
			ctx.created(rows.size());
		}
	}

	/** Runs an API call; its errors are named by the file's row. */
	private static <T> T named(List<ImportRow> rows, java.util.function.Supplier<T> call) {
		return RowErrors.named(INDEXED, rows.stream().map(ImportRow::number).toList(), "training.template.error.row",
				call);
	}

}
