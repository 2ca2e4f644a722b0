package vn.canbo.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import vn.canbo.career.DecisionType;
import vn.canbo.imports.ImportService;
import vn.canbo.imports.LocalityFiles;
import vn.canbo.org.UnitService;
import vn.canbo.people.PersonCategory;
import vn.canbo.people.PersonLookup;
import vn.canbo.shared.Scope;

/**
 * The locality of issue 14's "Done when", as Java lists loaded through the import
 * templates alone (UNITS, PERSONS, DECISIONS, POSITION_ENDS): a city (district level in
 * 2024) with its Party committee, People's Council and Committee, two offices, a public
 * service unit, the Front and the women's union, four wards and communes with their
 * bodies, and a neighbouring district (outside the city: must never be counted). The
 * report is the city's for 2024, as of {@link #D}. Besides the lists,
 * IssueFourteenLocalityRules works out from them who holds which post on a date, so that
 * the test derives its expected numbers from the fixture, not from the application.
 */
final class IssueFourteenLocality {

	static final LocalDate FOUNDED = LocalDate.of(2015, 1, 1);

	static final LocalDate POST_FROM = LocalDate.of(2020, 1, 1);

	static final LocalDate FROM = LocalDate.of(2024, 1, 1);

	static final LocalDate D = LocalDate.of(2024, 12, 31);

	/** A unit; {@code parent} the key of its parent (null: the top). */
	record U(String key, String name, String parent, String type, String level) {
	}

	/** A person and the main post of the PERSONS sheet (from {@link #POST_FROM}). */
	record P(String key, String name, String unit, String title, PersonCategory category, boolean male, int born,
			boolean party) {
	}

	/** A row of the decision register; {@code number}: decisions sharing it are one. */
	record Dec(String number, DecisionType type, LocalDate on, String person, String unit, String title,
			boolean concurrent) {
	}

	/** A main post ended (POSITION_ENDS sheet). */
	record End(String person, LocalDate on) {
	}

	/** A post held from {@code from} to {@code to} (exclusive, null: open). */
	record Held(String unit, String title, boolean concurrent, LocalDate from, LocalDate to) {

		boolean on(LocalDate d) {
			return !from.isAfter(d) && (to == null || to.isAfter(d));
		}
	}

	static final List<U> UNITS = List.of(new U("T", "Tỉnh Bình Thử", null, "DIA_BAN", "PROVINCE"),
			new U("C", "Thành phố Lam", "T", "DIA_BAN", "DISTRICT"),
			new U("CTU", "Thành ủy Lam", "C", "HUYEN_UY", "DISTRICT"),
			new U("CHD", "HĐND thành phố Lam", "C", "HDND", "DISTRICT"),
			new U("CUB", "UBND thành phố Lam", "C", "UBND", "DISTRICT"),
			new U("CNV", "Phòng Nội vụ thành phố Lam", "CUB", "PHONG", "DISTRICT"),
			new U("CTC", "Phòng Tài chính - Kế hoạch thành phố Lam", "CUB", "PHONG", "DISTRICT"),
			new U("CTT", "Trung tâm Phát triển quỹ đất thành phố Lam", "CUB", "SU_NGHIEP", "DISTRICT"),
			new U("CMT", "Ủy ban MTTQ thành phố Lam", "C", "MTTQ", "DISTRICT"),
			new U("CPN", "Hội LHPN thành phố Lam", "C", "HOI_LHPN", "DISTRICT"),
			new U("A", "Phường An", "C", "DIA_BAN", "COMMUNE"),
			new U("ADU", "Đảng ủy phường An", "A", "DANG_UY_XA", "COMMUNE"),
			new U("AHD", "HĐND phường An", "A", "HDND", "COMMUNE"),
			new U("AUB", "UBND phường An", "A", "UBND", "COMMUNE"),
			new U("AMT", "Ủy ban MTTQ phường An", "A", "MTTQ", "COMMUNE"),
			new U("B", "Phường Bình", "C", "DIA_BAN", "COMMUNE"),
			new U("BDU", "Đảng ủy phường Bình", "B", "DANG_UY_XA", "COMMUNE"),
			new U("BHD", "HĐND phường Bình", "B", "HDND", "COMMUNE"),
			new U("BUB", "UBND phường Bình", "B", "UBND", "COMMUNE"), new U("X", "Xã Cẩm", "C", "DIA_BAN", "COMMUNE"),
			new U("XDU", "Đảng ủy xã Cẩm", "X", "DANG_UY_XA", "COMMUNE"),
			new U("XHD", "HĐND xã Cẩm", "X", "HDND", "COMMUNE"), new U("XUB", "UBND xã Cẩm", "X", "UBND", "COMMUNE"),
			new U("Y", "Xã Đông", "C", "DIA_BAN", "COMMUNE"),
			new U("YDU", "Đảng ủy xã Đông", "Y", "DANG_UY_XA", "COMMUNE"),
			new U("YHD", "HĐND xã Đông", "Y", "HDND", "COMMUNE"), new U("YUB", "UBND xã Đông", "Y", "UBND", "COMMUNE"),
			new U("H", "Huyện Khác", "T", "DIA_BAN", "DISTRICT"), new U("HX", "Xã Ngoài", "H", "DIA_BAN", "COMMUNE"),
			new U("HDU", "Đảng ủy xã Ngoài", "HX", "DANG_UY_XA", "COMMUNE"),
			new U("HHD", "HĐND xã Ngoài", "HX", "HDND", "COMMUNE"),
			new U("HUB", "UBND xã Ngoài", "HX", "UBND", "COMMUNE"));

	private static final PersonCategory CB = PersonCategory.CADRE;

	private static final PersonCategory CC = PersonCategory.CIVIL_SERVANT;

	private static final PersonCategory VC = PersonCategory.PUBLIC_EMPLOYEE;

	static final List<P> PERSONS = List.of(
			// the city
			new P("btTP", "Trần Văn Bách", "CTU", "BI_THU", CB, true, 1968, true),
			new P("pbtTP", "Lê Thị Cúc", "CTU", "PHO_BI_THU", CB, false, 1972, true),
			new P("ctHdTP", "Phạm Văn Dũng", "CHD", "CHU_TICH_HDND", CB, true, 1969, true),
			new P("ctUbTP", "Hoàng Văn Đức", "CUB", "CHU_TICH_UBND", CB, true, 1970, true),
			new P("pctUbTP", "Vũ Thị Hoa", "CUB", "PHO_CHU_TICH_UBND", CB, false, 1975, true),
			new P("tpNV", "Đặng Văn Hùng", "CNV", "TRUONG_PHONG", CC, true, 1974, true),
			new P("ppNV", "Bùi Thị Lan", "CNV", "PHO_TRUONG_PHONG", CC, false, 1980, true),
			new P("cvNV", "Đỗ Thị Mai", "CNV", "CHUYEN_VIEN", CC, false, 1985, false),
			new P("tpTC", "Ngô Văn Nam", "CTC", "TRUONG_PHONG", CC, true, 1973, true),
			new P("cvTC", "Dương Văn Phúc", "CTC", "CHUYEN_VIEN", CC, true, 1988, false),
			new P("nvTC", "Lý Thị Quyên", "CTC", "NHAN_VIEN", PersonCategory.CONTRACT, false, 1992, false),
			new P("gdTT", "Hồ Văn Sơn", "CTT", "GIAM_DOC", VC, true, 1971, true),
			new P("pgdTT", "Mai Văn Tâm", "CTT", "PHO_GIAM_DOC", VC, true, 1979, true),
			new P("vcTT", "Cao Thị Uyên", "CTT", "CHUYEN_VIEN", VC, false, 1986, true),
			new P("ctMT", "Trịnh Văn Vinh", "CMT", "CHU_TICH_MTTQ", CB, true, 1967, true),
			new P("pctMT", "Đinh Thị Xuân", "CMT", "PHO_CHU_TICH_MTTQ", CB, false, 1976, true),
			new P("ctPN", "Tạ Thị Yến", "CPN", "CHU_TICH_HOI", CB, false, 1974, true),
			new P("cvPN", "Lưu Thị Ánh", "CPN", "CHUYEN_VIEN", CC, false, 1990, false),
			// phường An
			new P("btA", "Kiều Văn Bảo", "ADU", "BI_THU", CB, true, 1970, true),
			new P("ctA", "Quách Văn Cường", "AUB", "CHU_TICH_UBND", CB, true, 1975, true),
			new P("pctA", "Tô Thị Diệu", "AUB", "PHO_CHU_TICH_UBND", CB, false, 1968, true),
			new P("ccA", "Văn Thị Giang", "AUB", "CC_VAN_PHONG", CC, false, 1984, true),
			new P("ksA", "Lò Văn Hải", "AUB", "KHONG_CHUYEN_TRACH", PersonCategory.NON_SPECIALISED, true, 1987, false),
			new P("ctMtA", "Hà Thị Khánh", "AMT", "CHU_TICH_MTTQ", CB, false, 1972, true),
			// phường Bình
			new P("btB", "La Văn Long", "BDU", "BI_THU", CB, true, 1971, true),
			new P("ctB", "Mạc Thị Minh", "BUB", "CHU_TICH_UBND", CB, false, 1976, true),
			new P("pctB", "Nông Văn Nghĩa", "BUB", "PHO_CHU_TICH_UBND", CB, true, 1978, true),
			new P("ccB", "Ông Văn Phong", "BUB", "CC_TU_PHAP", CC, true, 1989, false),
			new P("ksB", "Phan Thị Quỳnh", "BUB", "KHONG_CHUYEN_TRACH", PersonCategory.NON_SPECIALISED, false, 1991,
					false),
			// xã Cẩm
			new P("btX", "Thái Văn Sang", "XDU", "BI_THU", CB, true, 1969, true),
			new P("ctHdX", "Thân Văn Thịnh", "XHD", "CHU_TICH_HDND", CB, true, 1966, true),
			new P("ctX", "Triệu Văn Toàn", "XUB", "CHU_TICH_UBND", CB, true, 1974, true),
			new P("ccX", "Âu Văn Trung", "XUB", "CC_DIA_CHINH", CC, true, 1983, true),
			// xã Đông
			new P("pbtY", "Chu Thị Vân", "YDU", "PHO_BI_THU", CB, false, 1973, true),
			new P("ctHdY", "Doãn Văn Xuân", "YHD", "CHU_TICH_HDND", CB, true, 1970, true),
			new P("ctY", "Giáp Văn Yên", "YUB", "CHU_TICH_UBND", CB, true, 1977, true),
			new P("ccY", "Khúc Thị An", "YUB", "CC_VAN_HOA", CC, false, 1990, false),
			// the neighbouring district
			new P("btH", "Lạc Văn Bình", "HDU", "BI_THU", CB, true, 1970, true),
			new P("pctH", "Mẫn Thị Châu", "HUB", "PHO_CHU_TICH_UBND", CB, false, 1979, true));

	private static LocalDate d(int y, int m, int day) {
		return LocalDate.of(y, m, day);
	}

	private static Dec dec(String number, DecisionType t, LocalDate on, String person, String unit, String title) {
		return new Dec(number, t, on, person, unit, title, false);
	}

	private static Dec concurrent(String number, DecisionType t, LocalDate on, String person, String unit,
			String title) {
		return new Dec(number, t, on, person, unit, title, true);
	}

	/** The register, in the order of its dates (the file is read top down). */
	static final List<Dec> DECISIONS = List.of(
			// before the year: phường An's Bí thư elected Chủ tịch HĐND, a specialist of
			// the
			// centre given the women's union's deputy chair
			concurrent("E0", DecisionType.ELECTION, d(2021, 6, 1), "btA", "AHD", "CHU_TICH_HDND"),
			concurrent("K0", DecisionType.CONCURRENT_ASSIGNMENT, d(2023, 3, 1), "vcTT", "CPN", "PHO_CHU_TICH_HOI"),
			// 2024
			concurrent("E1", DecisionType.ELECTION, d(2024, 3, 15), "btB", "BHD", "CHU_TICH_HDND"),
			concurrent("E3", DecisionType.ELECTION, d(2024, 4, 1), "btH", "HHD", "CHU_TICH_HDND"),
			dec("T1", DecisionType.TRANSFER, d(2024, 4, 1), "cvTC", "AUB", "CC_TAI_CHINH"),
			dec("T1", DecisionType.TRANSFER, d(2024, 4, 1), "cvPN", "CNV", "CHUYEN_VIEN"),
			dec("R3", DecisionType.REAPPOINTMENT, d(2024, 5, 1), "pctH", "HUB", "PHO_CHU_TICH_UBND"),
			dec("R1", DecisionType.REAPPOINTMENT, d(2024, 5, 20), "tpTC", "CTC", "TRUONG_PHONG"),
			dec("R2", DecisionType.REAPPOINTMENT, d(2024, 6, 1), "pctB", "BUB", "PHO_CHU_TICH_UBND"),
			dec("N1", DecisionType.NOMINATION, d(2024, 6, 3), "pbtY", "YDU", "BI_THU"),
			dec("D1", DecisionType.DESIGNATION, d(2024, 7, 1), "pbtY", "YDU", "BI_THU"),
			dec("X1", DecisionType.RETIREMENT, d(2024, 8, 1), "pctA", null, null),
			dec("A1", DecisionType.APPOINTMENT, d(2024, 9, 1), "ccA", "AUB", "PHO_CHU_TICH_UBND"),
			dec("T2", DecisionType.TRANSFER, d(2024, 10, 15), "ccB", "XUB", "CC_TU_PHAP"),
			dec("A2", DecisionType.APPOINTMENT, d(2024, 11, 1), "cvNV", "CNV", "PHO_TRUONG_PHONG"),
			// after the report's date: xã Cẩm's Bí thư elected Chủ tịch HĐND
			concurrent("E2", DecisionType.ELECTION, d(2025, 2, 10), "btX", "XHD", "CHU_TICH_HDND"));

	/** Main posts ended without a decision in the register. */
	static final List<End> ENDS = List.of(new End("ppNV", d(2024, 10, 1)), new End("ctHdX", d(2025, 2, 10)));

	/** A unique suffix of letters (codes and names), and the CCCD of every person. */
	final String k;

	final Map<String, String> nationalIds = new HashMap<>();

	final Map<String, Long> personIds = new HashMap<>();

	final Map<String, Long> unitIds = new HashMap<>();

	IssueFourteenLocality() {
		Random r = new Random();
		StringBuilder b = new StringBuilder();
		for (int i = 0; i < 6; i++) {
			b.append((char) ('a' + r.nextInt(26)));
		}
		k = Character.toUpperCase(b.charAt(0)) + b.substring(1);
		for (P p : PERSONS) {
			nationalIds.put(p.key(), LocalityFiles.nationalId(p.male(), p.born()));
		}
	}

	String code(String unitKey) {
		return unitKey == null ? null : "E14" + k.toUpperCase() + "-" + unitKey;
	}

	String number(String n) {
		return "E14" + k.toUpperCase() + "-" + n + "/QĐ";
	}

	static U unit(String key) {
		return UNITS.stream().filter(u -> u.key().equals(key)).findFirst().orElseThrow();
	}

	static P person(String key) {
		return PERSONS.stream().filter(p -> p.key().equals(key)).findFirst().orElseThrow();
	}

	/** Whether the unit is {@code top} or below it. */
	static boolean under(String unitKey, String top) {
		for (String u = unitKey; u != null; u = unit(u).parent()) {
			if (u.equals(top)) {
				return true;
			}
		}
		return false;
	}

	/** The commune (level COMMUNE, type DIA_BAN) a unit belongs to, null if none. */
	static String commune(String unitKey) {
		for (String u = unitKey; u != null; u = unit(u).parent()) {
			if (unit(u).level().equals("COMMUNE") && unit(u).type().equals("DIA_BAN")) {
				return u;
			}
		}
		return null;
	}

	/** Loads the four sheets through the import templates; fails on any error. */
	void load(ImportService imports, PersonLookup lookup, UnitService units) {
		LocalityFiles f = new LocalityFiles(imports);
		List<LocalityFiles.Unit> unitRows = UNITS.stream()
			.map(u -> new LocalityFiles.Unit(code(u.key()), u.name() + " " + k, code(u.parent()), u.type(), u.level(),
					FOUNDED))
			.toList();
		f.load("UNITS", f.units(unitRows), Scope.all());
		List<Map<String, Object>> personRows = new ArrayList<>();
		for (P p : PERSONS) {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("unitCode", code(p.unit()));
			row.put("fullName", p.name() + " " + k);
			row.put("gender", p.male() ? "Nam" : "Nữ");
			row.put("birthDate", LocalDate.of(p.born(), 1 + p.born() % 12, 1 + p.name().length() % 27));
			row.put("category", p.category().label());
			row.put("titleCode", p.title());
			row.put("positionFrom", POST_FROM);
			row.put("homeTownCommune", "xã Phú Lộc");
			row.put("homeTownProvince", "tỉnh Hải Dương");
			row.put("ethnicityCode", "01");
			row.put("nationalId", nationalIds.get(p.key()));
			if (p.party()) {
				row.put("partyJoinedOn", LocalDate.of(p.born() + 25, 5, 19));
				row.put("partyOfficialOn", LocalDate.of(p.born() + 26, 5, 19));
			}
			personRows.add(row);
		}
		f.load("PERSONS", f.sheet("PERSONS", personRows), Scope.all());
		List<LocalityFiles.Decision> decisionRows = new ArrayList<>();
		for (Dec x : DECISIONS) {
			String issuer = (x.type() == DecisionType.ELECTION ? "HĐND " : "Ban Thường vụ Thành ủy Lam ") + k;
			LocalityFiles.Decision row = LocalityFiles.Decision.of(x.type().name(), number(x.number()), x.on(), issuer,
					nationalIds.get(x.person()), code(x.unit()), x.title());
			decisionRows.add(x.concurrent() ? row.with("positionKind", "Kiêm nhiệm") : row);
		}
		f.load("DECISIONS", f.decisions(decisionRows), Scope.all());
		f.load("POSITION_ENDS", f.postEnds(ENDS.stream()
			.map(e -> new LocalityFiles.PostEnd(nationalIds.get(e.person()), e.on(), code(person(e.person()).unit())))
			.toList()), Scope.all());
		for (P p : PERSONS) {
			List<PersonLookup.Match> m = lookup.byNationalIds(List.of(nationalIds.get(p.key())));
			if (m.size() != 1) {
				throw new IllegalStateException(p.key() + ": " + m);
			}
			personIds.put(p.key(), m.get(0).id());
		}
		for (U u : UNITS) {
			unitIds.put(u.key(), units.findByCode(code(u.key()), D).orElseThrow().id());
		}
	}

}
