package vn.canbo.training;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.canbo.people.DossierPanel;
import vn.canbo.people.PersonView;
import vn.canbo.shared.Messages;
import vn.canbo.shared.web.Formats;

/**
 * The person's training courses on the dossier page (issue 16): one row per enrolment
 * that started by the date shown, newest first — course, kind, organiser, from–to, the
 * sending decision and the result (with certificate). The free training rows of the
 * dossier (item 27) stay where they are; this panel shows the courses beside them. The
 * person is already in the user's scope (the dossier page checked it).
 */
@Component
@Order(110)
class TrainingDossierPanel implements DossierPanel {

	private final TrainingRows rows;

	TrainingDossierPanel(TrainingRows rows) {
		this.rows = rows;
	}

	@Override
	public Optional<Table> panel(PersonView person, LocalDate asOf) {
		LocalDate on = asOf == null ? LocalDate.now() : asOf;
		List<List<String>> out = rows.enrolmentsOf(person.person().id())
			.stream()
			.filter(e -> !e.startsOn().isAfter(on))
			.map(e -> List.of(e.courseName(), e.kind().label(),
					Formats.date(e.startsOn()) + " – " + Formats.date(e.endsOn()),
					e.decisionNumber() == null ? ""
							: e.decisionNumber() + " (" + Formats.date(e.decidedOn()) + ", " + e.issuer() + ")",
					result(e, on)))
			.toList();
		return Optional.of(new Table("training", Messages.text("training.dossier.title"),
				List.of(Messages.text("training.dossier.course"), Messages.text("training.dossier.kind"),
						Messages.text("training.dossier.period"), Messages.text("training.dossier.decision"),
						Messages.text("training.dossier.result")),
				out, Messages.text("training.dossier.none")));
	}

	private static String result(Enrolment e, LocalDate on) {
		if (e.result() == null || e.resultOn() == null || e.resultOn().isAfter(on)) {
			return Messages.text("training.result.none");
		}
		if (e.result() == CourseResult.COMPLETED) {
			return Messages.text("training.dossier.completed", e.certificateNumber(), Formats.date(e.certificateDate()),
					e.grade() == null ? "" : e.grade());
		}
		return e.result().label() + " (" + Formats.date(e.resultOn()) + ")";
	}

}
