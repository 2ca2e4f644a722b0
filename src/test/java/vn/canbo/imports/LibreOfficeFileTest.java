package vn.canbo.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.canbo.org.AdminLevel;
import vn.canbo.org.UnitService;
import vn.canbo.people.PersonLookup;
import vn.canbo.people.PersonService;
import vn.canbo.people.PersonView;
import vn.canbo.security.Role;
import vn.canbo.shared.PartialDate;
import vn.canbo.shared.Scope;

/**
 * A spreadsheet written by LibreOffice Calc 7.4
 * (src/test/resources/imports/libreoffice-persons.xlsx, converted with
 * {@code soffice --headless --convert-to xlsx libreoffice-persons.fods} from the flat ODS
 * beside it): a merged title, a two-row header with merged cells, dates typed as text
 * ("12/3/1975", "03/1980", "1/9/2012"), a year typed as a number, a real date cell, stray
 * spaces, a hidden row. LibreOffice writes its own XML (inline styles, shared strings,
 * row attributes) unlike Excel or POI.
 */
@SpringBootTest
class LibreOfficeFileTest {

	static final String UNIT_CODE = "LO-FIXTURE-XA";

	@Autowired
	ImportFixture fx;

	@Autowired
	ImportService imports;

	@Autowired
	UnitService units;

	@Autowired
	PersonLookup lookup;

	@Autowired
	PersonService people;

	@BeforeEach
	void signIn() {
		ImportFixture.signIn(Role.ADMIN);
	}

	@AfterEach
	void signOut() {
		ImportFixture.signOut();
	}

	@Test
	void aLibreOfficeSpreadsheetIsReadFaithfully() throws IOException {
		if (units.findByCode(UNIT_CODE, LocalDate.now()).isEmpty()) {
			units.create(new UnitService.NewUnit(UNIT_CODE, "UBND xã Libre", null, "UBND", AdminLevel.COMMUNE, null,
					LocalDate.of(1990, 1, 1)));
		}
		byte[] file;
		try (InputStream in = getClass().getResourceAsStream("/imports/libreoffice-persons.xlsx")) {
			file = in.readAllBytes();
		}
		ImportJob job = fx.preview(ImportFixture.PERSONS, file, "libreoffice-persons.xlsx", Scope.all());
		assertThat(job.status()).as(job.message()).isEqualTo(ImportJob.Status.READY);
		assertThat(imports.issues(job.id(), 0, 50)).filteredOn(i -> i.severity() == ImportIssue.Severity.ERROR)
			.isEmpty();
		assertThat(job.totalRows()).isEqualTo(4);
		assertThat(job.validRows()).isEqualTo(3);
		assertThat(job.hiddenRows()).isEqualTo(1);

		ImportJob done = fx.commit(job.id(), DuplicateMode.UPDATE, false, Scope.all());
		assertThat(done.status()).as(done.message()).isEqualTo(ImportJob.Status.DONE);
		assertThat(done.createdCount() + done.updatedCount()).isEqualTo(3);

		PersonView ly = person("096175000101");
		assertThat(ly.data().fullName()).isEqualTo("Phạm Thị Lý"); // stray spaces gone
		assertThat(ly.data().birthDate()).isEqualTo(PartialDate.of(LocalDate.of(1975, 3, 12)));
		assertThat(ly.mainPosition().validFrom()).isEqualTo(LocalDate.of(2010, 1, 1)); // a
																						// real
																						// date
																						// cell
		assertThat(ly.data().homeTown().district()).isEqualTo("huyện Cẩm Giàng"); // under
																					// the
																					// merged
																					// "Quê
																					// quán"
																					// group
		PersonView tung = person("096080000102");
		assertThat(tung.data().birthDate()).isEqualTo(PartialDate.ofMonth(1980, 3));
		assertThat(tung.mainPosition().validFrom()).isEqualTo(LocalDate.of(2012, 9, 1));
		assertThat(person("096068000103").data().birthDate()).isEqualTo(PartialDate.ofYear(1968)); // 1968
																									// as
																									// a
																									// number
		assertThat(lookup.byNationalIds(List.of("096070000104"))).isEmpty(); // the hidden
																				// row
	}

	private PersonView person(String nationalId) {
		List<PersonLookup.Match> m = lookup.byNationalIds(List.of(nationalId));
		assertThat(m).as("person with national ID " + nationalId).hasSize(1);
		return people.get(m.get(0).id(), null, Scope.all());
	}

}
