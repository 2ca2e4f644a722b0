package vn.canbo.training.web;

import static vn.canbo.imports.ImportColumn.choice;
import static vn.canbo.imports.ImportColumn.date;
import static vn.canbo.imports.ImportColumn.text;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.canbo.imports.ImportColumn;
import vn.canbo.imports.ImportTemplate;
import vn.canbo.imports.ImportTemplateProvider;
import vn.canbo.people.PersonLookup;
import vn.canbo.shared.EnumLabels;
import vn.canbo.shared.Messages;
import vn.canbo.shared.TemplateTexts;
import vn.canbo.training.CourseResult;
import vn.canbo.training.Courses;

/**
 * The TRAINING_ENROLMENTS template (imports SPI): one row an enrolment with its result —
 * the course by its code, the person by CCCD, the sending decision (number, date,
 * issuer), and optionally the result with its date or certificate. Checked in the preview
 * ({@link EnrolmentsHandler}); the commit sends and records through {@link Courses}, all
 * or nothing. Headers and instructions are the Vietnamese texts of
 * {@code training.template.*}: the file is matched by its headers on upload.
 */
@Component
class EnrolmentTemplates implements ImportTemplateProvider {

	static final String CODE = "TRAINING_ENROLMENTS";

	private final Courses courses;

	private final PersonLookup lookup;

	EnrolmentTemplates(Courses courses, PersonLookup lookup) {
		this.courses = courses;
		this.lookup = lookup;
	}

	private static final TemplateTexts TEXTS = new TemplateTexts("training.template");

	private static String vi(String key) {
		return TEXTS.text(key);
	}

	static Map<String, String> results() {
		return EnumLabels.of(CourseResult.values(),
				r -> Messages.text(Messages.VIETNAMESE, "training.result." + r.name()), CourseResult::name);
	}

	static List<ImportColumn> columns() {
		return List.of(text("courseCode", vi("courseCode"), 40, vi("courseCode.help")).asRequired(),
				text("nationalId", vi("nationalId"), 12, vi("nationalId.help")).asRequired(),
				text("fullName", vi("fullName"), 100, vi("fullName.help")),
				text("decisionNumber", vi("decisionNumber"), 60, vi("decisionNumber.help")).asRequired(),
				date("decidedOn", vi("decidedOn"), vi("date.help")).asRequired(),
				text("issuer", vi("issuer"), 300, vi("issuer.help")).asRequired(),
				choice("result", vi("result"), results(), vi("result.help")),
				date("resultOn", vi("resultOn"), vi("resultOn.help")),
				text("certificateNumber", vi("certificateNumber"), 60, vi("certificateNumber.help")),
				date("certificateDate", vi("certificateDate"), vi("certificateDate.help")),
				text("grade", vi("grade"), 60, vi("grade.help")));
	}

	@Override
	public List<ImportTemplate> templates() {
		return List.of(new ImportTemplate(CODE, vi("title"), vi("sheet"), columns(), TEXTS.instructions(),
				new EnrolmentsHandler(courses, lookup), 70, false, "training.template.title"));
	}

}
