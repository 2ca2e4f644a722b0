package vn.canbo.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.canbo.people.PersonView;
import vn.canbo.people.Position;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;

/**
 * The POSITION_ENDS template (issue 14, point 10): ending a main post from a file
 * (before, each ending took three API calls), errors by row and cell, all-or-nothing.
 */
class PositionEndImportTest extends ImportTestSupport {

	private static final LocalDate FROM = LocalDate.of(2010, 1, 1);

	private List<String> persons(LocalityFiles f, int n) {
		List<String> ids = new java.util.ArrayList<>();
		List<LocalityFiles.Person> rows = new java.util.ArrayList<>();
		for (int i = 0; i < n; i++) {
			String id = LocalityFiles.nationalId(false, 1981);
			ids.add(id);
			rows.add(new LocalityFiles.Person(tree.a().code(), "Chị Thử " + DecisionImportTest.letters(), false,
					LocalDate.of(1981, 2, 2), id, "CHUYEN_VIEN", FROM));
		}
		f.load("PERSONS", f.persons(rows), Scope.all());
		return ids;
	}

	private Position main(String nationalId) {
		PersonView p = byNationalId(nationalId);
		return p.positions().stream().filter(x -> !x.concurrent()).findFirst().orElseThrow();
	}

	@Test
	void mainPostsEndOnTheGivenDates() {
		LocalityFiles f = new LocalityFiles(imports);
		List<String> ids = persons(f, 2);
		LocalDate end1 = LocalDate.of(2024, 3, 1);
		LocalDate end2 = LocalDate.of(2025, 1, 1);
		ImportJob done = f.load("POSITION_ENDS", f.postEnds(List.of(new LocalityFiles.PostEnd(ids.get(0), end1, null),
				new LocalityFiles.PostEnd(ids.get(1), end2, tree.a().code()))), Scope.all());
		assertThat(done.createdCount()).isEqualTo(2);
		assertThat(main(ids.get(0)).validTo()).isEqualTo(end1);
		assertThat(main(ids.get(1)).validTo()).isEqualTo(end2);
		assertThat(people.get(byNationalId(ids.get(0)).person().id(), end1, Scope.all()).mainPosition()).isNull();
	}

	@Test
	void everyProblemIsReportedOnItsRowAndCellAndNothingIsWritten() {
		LocalityFiles f = new LocalityFiles(imports);
		List<String> ids = persons(f, 3);
		ImportJob job = f.preview("POSITION_ENDS", f.postEnds(List.of(
				// no post held the day before 2009
				new LocalityFiles.PostEnd(ids.get(0), LocalDate.of(2009, 6, 1), null),
				// the post is in unit a, not b
				new LocalityFiles.PostEnd(ids.get(1), LocalDate.of(2024, 6, 1), tree.b().code()),
				// unknown person
				new LocalityFiles.PostEnd("001081999999", LocalDate.of(2024, 6, 1), null),
				// fine
				new LocalityFiles.PostEnd(ids.get(2), LocalDate.of(2024, 6, 1), null))), Scope.all());
		List<ImportIssue> issues = imports.issues(job.id(), 0, 100);
		assertThat(issues).anyMatch(i -> i.row() == 2 && i.column().equals("endDate")
				&& i.message().contains("không giữ chức vụ chính nào vào ngày 31/05/2009"));
		assertThat(issues).anyMatch(i -> i.row() == 3 && i.column().equals("postUnitCode"));
		assertThat(issues).anyMatch(i -> i.row() == 4 && i.column().equals("nationalId"));
		assertThat(issues).noneMatch(i -> i.row() == 5);
		assertThat(job.errorRows()).isEqualTo(3);
		assertThatThrownBy(() -> f.commit(job.id(), Scope.all())).isInstanceOf(ValidationException.class);
		assertThat(main(ids.get(2)).validTo()).isNull();
	}

}
