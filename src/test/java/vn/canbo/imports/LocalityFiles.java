package vn.canbo.imports;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import vn.canbo.shared.Scope;

/**
 * A locality as import files, from Java lists: the UNITS, PERSONS and DECISIONS sheets
 * (and POSITION_ENDS), written with the templates' own headers, then uploaded, previewed
 * and committed through {@link ImportService} alone — for tests that build a locality
 * "through the import templates". Usage:
 *
 * <pre>
 * LocalityFiles files = new LocalityFiles(importService);
 * files.load("UNITS", files.units(List.of(new LocalityFiles.Unit("T", "Tỉnh X", null, "DIA_BAN", "PROVINCE", d))), Scope.all());
 * files.load("PERSONS", files.persons(List.of(new LocalityFiles.Person("T", "Nguyễn Văn A", true,
 *     LocalDate.of(1975, 3, 12), LocalityFiles.nationalId(true, 1975), "CHUYEN_VIEN", d))), Scope.all());
 * files.load("DECISIONS", files.decisions(List.of(LocalityFiles.Decision.appointment("12/QĐ-UBND", d, "UBND tỉnh",
 *     id, "T", "GIAM_DOC_SO"))), Scope.all());
 * </pre>
 *
 * {@link #load} fails (IllegalStateException with the issues) when the preview has an
 * error or the commit does not finish DONE. The caller must be signed in (the import runs
 * as the current user).
 */
public final class LocalityFiles {

	private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000L);

	private final ImportService imports;

	public LocalityFiles(ImportService imports) {
		this.imports = imports;
	}

	/**
	 * A unit: {@code level} an AdminLevel name (PROVINCE, DISTRICT, COMMUNE, HAMLET),
	 * {@code typeCode} a UNIT_TYPE catalog code, {@code parentCode} null for a top unit
	 * (a parent must come before its children), {@code validTo} null while it exists.
	 */
	public record Unit(String code, String name, String parentCode, String typeCode, String level, LocalDate validFrom,
			LocalDate validTo) {

		public Unit(String code, String name, String parentCode, String typeCode, String level, LocalDate validFrom) {
			this(code, name, parentCode, typeCode, level, validFrom, null);
		}
	}

	/**
	 * A person with a main post ({@code titleCode} of the TITLE catalog) in a unit from
	 * {@code postFrom}; {@code category} "Cán bộ", "Công chức"… (catalog name or code).
	 */
	public record Person(String unitCode, String fullName, boolean male, LocalDate birthDate, String nationalId,
			String titleCode, LocalDate postFrom, String category) {

		public Person(String unitCode, String fullName, boolean male, LocalDate birthDate, String nationalId,
				String titleCode, LocalDate postFrom) {
			this(unitCode, fullName, male, birthDate, nationalId, titleCode, postFrom, "Công chức");
		}
	}

	/**
	 * One row of the decision register: {@code type} a DecisionType name or its
	 * Vietnamese label; rows with the same number, date signed and issuer are one
	 * decision. {@code extra}: any other column by key (titleText, positionKind "Kiêm
	 * nhiệm", termYears, rankCode, step, endOn, signer, note…).
	 */
	public record Decision(String type, String number, LocalDate signedOn, LocalDate effectiveOn, String issuer,
			String nationalId, String unitCode, String titleCode, Map<String, Object> extra) {

		/** A decision signed and effective on the same day, opening a post. */
		public static Decision of(String type, String number, LocalDate on, String issuer, String nationalId,
				String unitCode, String titleCode) {
			return new Decision(type, number, on, on, issuer, nationalId, unitCode, titleCode, Map.of());
		}

		public Decision with(String key, Object value) {
			Map<String, Object> m = new LinkedHashMap<>(extra);
			m.put(key, value);
			return new Decision(type, number, signedOn, effectiveOn, issuer, nationalId, unitCode, titleCode, m);
		}
	}

	/** A main post ending: the post held the day before {@code endDate} ends on it. */
	public record PostEnd(String nationalId, LocalDate endDate, String unitCode) {
	}

	/**
	 * A unique CCCD agreeing with sex and birth year (province 001, century/sex digit,
	 * two-digit year, six unique digits): no structure warning.
	 */
	public static String nationalId(boolean male, int birthYear) {
		int digit = (birthYear >= 2000 ? 2 : 0) + (male ? 0 : 1);
		return String.format("001%d%02d%06d", digit, birthYear % 100, SEQUENCE.incrementAndGet() % 1_000_000L);
	}

	public byte[] units(List<Unit> units) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Unit u : units) {
			rows.add(Sheets.row("code", u.code(), "name", u.name(), "parentCode", u.parentCode(), "typeCode",
					u.typeCode(), "level", u.level(), "validFrom", u.validFrom(), "validTo", u.validTo()));
		}
		return sheet("UNITS", rows);
	}

	public byte[] persons(List<Person> persons) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Person p : persons) {
			rows.add(Sheets.row("unitCode", p.unitCode(), "fullName", p.fullName(), "gender", p.male() ? "Nam" : "Nữ",
					"birthDate", p.birthDate(), "category", p.category(), "titleCode", p.titleCode(), "positionFrom",
					p.postFrom(), "homeTownCommune", "xã Phú Lộc", "homeTownProvince", "tỉnh Hải Dương",
					"ethnicityCode", "01", "nationalId", p.nationalId()));
		}
		return sheet("PERSONS", rows);
	}

	public byte[] decisions(List<Decision> decisions) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Decision d : decisions) {
			Map<String, Object> row = Sheets.row("type", d.type(), "number", d.number(), "signedOn", d.signedOn(),
					"effectiveOn", d.effectiveOn(), "issuer", d.issuer(), "nationalId", d.nationalId(), "unitCode",
					d.unitCode(), "titleCode", d.titleCode());
			row.putAll(d.extra());
			rows.add(row);
		}
		return sheet("DECISIONS", rows);
	}

	public byte[] postEnds(List<PostEnd> ends) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (PostEnd e : ends) {
			rows.add(Sheets.row("nationalId", e.nationalId(), "endDate", e.endDate(), "postUnitCode", e.unitCode()));
		}
		return sheet("POSITION_ENDS", rows);
	}

	/** A sheet of the template: its sheet name, its headers, the rows by column key. */
	public byte[] sheet(String template, List<Map<String, Object>> rows) {
		ImportTemplate t = imports.template(template);
		return Sheets.simple(t.columns(), t.sheetName(), rows);
	}

	/** Uploads and previews a file; the job once READY (or FAILED). */
	public ImportJob preview(String template, byte[] file, Scope scope) {
		ImportJob j = imports.upload(template, template.toLowerCase() + ".xlsx", new ByteArrayInputStream(file), scope);
		return await(j.id());
	}

	/** Commits a previewed job (nothing is written if a row fails); the finished job. */
	public ImportJob commit(long jobId, Scope scope) {
		imports.commit(jobId, DuplicateMode.SKIP, false, scope);
		return await(jobId);
	}

	/**
	 * Preview then commit; fails with the issues if the preview has errors or the commit
	 * does not finish DONE. Returns the finished job.
	 */
	public ImportJob load(String template, byte[] file, Scope scope) {
		ImportJob previewed = preview(template, file, scope);
		if (previewed.status() != ImportJob.Status.READY || previewed.errorRows() > 0) {
			throw new IllegalStateException(
					template + " preview: " + previewed.message() + " " + imports.issues(previewed.id(), 0, 50));
		}
		ImportJob done = commit(previewed.id(), scope);
		if (done.status() != ImportJob.Status.DONE) {
			throw new IllegalStateException(template + " commit: " + done.message());
		}
		return done;
	}

	private ImportJob await(long id) {
		return JobWait.await(imports::job, id);
	}

}
