package vn.canbo.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.canbo.org.AdminLevel;
import vn.canbo.org.UnitService;
import vn.canbo.org.UnitService.NewUnit;
import vn.canbo.org.UnitView;

/**
 * The demo locality as it stood before the 2025 reform: tỉnh Bình Giang, and under it thị
 * xã Tân Lập with 6 wards and 10 communes. Each commune has its Party committee (with
 * Party cells per hamlet), People's Council, People's Committee, Fatherland Front, four
 * mass organisations, hamlets, a lower-secondary school and a health station; the town
 * has its Party committee with advisory boards, Council, Committee with specialised
 * offices, Front and mass organisations.
 */
final class DemoLocality {

	static final LocalDate FOUNDED = LocalDate.of(1985, 1, 1);

	static final String[] WARDS = { "An Bình", "Tân Thành", "Long Hưng", "Hòa Thuận", "Phú Mỹ", "Bình Minh" };
	static final String[] COMMUNES = { "Tân Phú", "Mỹ Lộc", "Long Điền", "Phước Hòa", "Thạnh Lợi", "Vĩnh Xuân",
			"Hòa Lợi", "Đông Thạnh", "Tân Hiệp", "An Nhơn" };
	static final String[] HAMLET_NAMES = { "Ấp 1", "Ấp 2", "Ấp 3", "Ấp 4", "Ấp 5", "Ấp 6" };
	static final String[] TOWN_OFFICES = { "Phòng Nội vụ", "Phòng Tài chính – Kế hoạch", "Phòng Tư pháp",
			"Phòng Giáo dục và Đào tạo", "Phòng Y tế", "Phòng Tài nguyên và Môi trường", "Phòng Kinh tế",
			"Phòng Quản lý đô thị", "Phòng Văn hóa và Thông tin", "Phòng Lao động – Thương binh và Xã hội",
			"Thanh tra thị xã", "Văn phòng HĐND và UBND thị xã" };
	static final String[] TOWN_PARTY_BOARDS = { "Ban Tổ chức Thị ủy", "Ủy ban Kiểm tra Thị ủy", "Ban Tuyên giáo Thị ủy",
			"Ban Dân vận Thị ủy", "Văn phòng Thị ủy" };

	/** Units of one commune-level locality (xã or phường), by role. */
	record Commune(String name, boolean ward, UnitView area, UnitView party, UnitView council, UnitView committee,
			UnitView front, UnitView youth, UnitView women, UnitView farmers, UnitView veterans, UnitView school,
			UnitView health, List<UnitView> hamlets, List<UnitView> cells) {

		String label() {
			return (ward ? "phường " : "xã ") + name;
		}

		List<UnitView> massOrgs() {
			return farmers == null ? List.of(youth, women, veterans) : List.of(youth, women, farmers, veterans);
		}
	}

	/** The whole tree as created. */
	record Tree(UnitView province, UnitView provinceParty, UnitView provinceCommittee, UnitView provinceCouncil,
			UnitView provinceHomeAffairs, UnitView town, UnitView townParty, UnitView townCouncil,
			UnitView townCommittee, UnitView townFront, List<UnitView> townMassOrgs, List<UnitView> townBoards,
			Map<String, UnitView> townOffices, UnitView townHospital, UnitView townHighSchool, List<Commune> communes) {
	}

	private final UnitService units;

	private int seq;

	DemoLocality(UnitService units) {
		this.units = units;
	}

	Tree create() {
		UnitView province = unit("BG", "Tỉnh Bình Giang", "DIA_BAN", AdminLevel.PROVINCE, null);
		UnitView provinceParty = unit("BG-TU", "Tỉnh ủy Bình Giang", "TINH_UY", AdminLevel.PROVINCE, province);
		UnitView provinceCouncil = unit("BG-HDND", "HĐND tỉnh Bình Giang", "HDND", AdminLevel.PROVINCE, province);
		UnitView provinceCommittee = unit("BG-UBND", "UBND tỉnh Bình Giang", "UBND", AdminLevel.PROVINCE, province);
		UnitView homeAffairs = unit("BG-SNV", "Sở Nội vụ", "SO", AdminLevel.PROVINCE, provinceCommittee);
		unit("BG-BTC", "Ban Tổ chức Tỉnh ủy", "BAN_DANG", AdminLevel.PROVINCE, provinceParty);

		UnitView town = unit("TL", "Thị xã Tân Lập", "DIA_BAN", AdminLevel.DISTRICT, province);
		UnitView townParty = unit("TL-TU", "Thị ủy Tân Lập", "HUYEN_UY", AdminLevel.DISTRICT, town);
		UnitView townCouncil = unit("TL-HDND", "HĐND thị xã Tân Lập", "HDND", AdminLevel.DISTRICT, town);
		UnitView townCommittee = unit("TL-UBND", "UBND thị xã Tân Lập", "UBND", AdminLevel.DISTRICT, town);
		UnitView townFront = unit("TL-MTTQ", "Ủy ban MTTQ Việt Nam thị xã Tân Lập", "MTTQ", AdminLevel.DISTRICT, town);
		List<UnitView> townMass = List.of(unit("TL-DTN", "Thị đoàn Tân Lập", "DOAN_TN", AdminLevel.DISTRICT, town),
				unit("TL-PN", "Hội LHPN thị xã Tân Lập", "HOI_LHPN", AdminLevel.DISTRICT, town),
				unit("TL-ND", "Hội Nông dân thị xã Tân Lập", "HOI_ND", AdminLevel.DISTRICT, town),
				unit("TL-CCB", "Hội Cựu chiến binh thị xã Tân Lập", "HOI_CCB", AdminLevel.DISTRICT, town));
		List<UnitView> boards = new ArrayList<>();
		for (int i = 0; i < TOWN_PARTY_BOARDS.length; i++) {
			boards.add(unit("TL-B" + (i + 1), TOWN_PARTY_BOARDS[i], "BAN_DANG", AdminLevel.DISTRICT, townParty));
		}
		Map<String, UnitView> offices = new LinkedHashMap<>();
		for (int i = 0; i < TOWN_OFFICES.length; i++) {
			offices.put(TOWN_OFFICES[i],
					unit("TL-P" + (i + 1), TOWN_OFFICES[i], "PHONG", AdminLevel.DISTRICT, townCommittee));
		}
		UnitView hospital = unit("TL-TTYT", "Trung tâm Y tế thị xã Tân Lập", "SU_NGHIEP", AdminLevel.DISTRICT,
				townCommittee);
		UnitView highSchool = unit("TL-THPT", "Trường THPT Tân Lập", "SU_NGHIEP", AdminLevel.DISTRICT, townCommittee);

		List<Commune> communes = new ArrayList<>();
		for (int i = 0; i < WARDS.length; i++) {
			communes.add(commune("TL-W" + (i + 1), WARDS[i], true, town, 3 + i % 3));
		}
		for (int i = 0; i < COMMUNES.length; i++) {
			communes.add(commune("TL-X" + (i + 1), COMMUNES[i], false, town, 4 + i % 3));
		}
		return new Tree(province, provinceParty, provinceCommittee, provinceCouncil, homeAffairs, town, townParty,
				townCouncil, townCommittee, townFront, townMass, boards, offices, hospital, highSchool, communes);
	}

	private Commune commune(String code, String name, boolean ward, UnitView town, int hamlets) {
		String label = (ward ? "phường " : "xã ") + name;
		AdminLevel c = AdminLevel.COMMUNE;
		UnitView area = unit(code, (ward ? "Phường " : "Xã ") + name, "DIA_BAN", c, town);
		UnitView party = unit(code + "-DU", "Đảng ủy " + label, "DANG_UY_XA", c, area);
		UnitView council = unit(code + "-HDND", "HĐND " + label, "HDND", c, area);
		UnitView committee = unit(code + "-UBND", "UBND " + label, "UBND", c, area);
		UnitView front = unit(code + "-MTTQ", "Ủy ban MTTQ Việt Nam " + label, "MTTQ", c, area);
		UnitView youth = unit(code + "-DTN", "Đoàn TNCS Hồ Chí Minh " + label, "DOAN_TN", c, area);
		UnitView women = unit(code + "-PN", "Hội LHPN " + label, "HOI_LHPN", c, area);
		UnitView farmers = ward ? null : unit(code + "-ND", "Hội Nông dân " + label, "HOI_ND", c, area);
		UnitView veterans = unit(code + "-CCB", "Hội Cựu chiến binh " + label, "HOI_CCB", c, area);
		UnitView school = unit(code + "-THCS", "Trường THCS " + name, "SU_NGHIEP", c, committee);
		UnitView health = unit(code + "-TYT", "Trạm Y tế " + label, "SU_NGHIEP", c, committee);
		List<UnitView> hamletUnits = new ArrayList<>();
		List<UnitView> cells = new ArrayList<>();
		for (int h = 0; h < hamlets; h++) {
			String hn = ward ? "Khu phố " + (h + 1) : HAMLET_NAMES[h];
			hamletUnits.add(unit(code + "-T" + (h + 1), hn + ", " + label, "THON", AdminLevel.HAMLET, area));
			cells.add(unit(code + "-CB" + (h + 1), "Chi bộ " + hn, "CHI_BO", AdminLevel.HAMLET, party));
		}
		return new Commune(name, ward, area, party, council, committee, front, youth, women, farmers, veterans, school,
				health, hamletUnits, cells);
	}

	private UnitView unit(String code, String name, String type, AdminLevel level, UnitView parent) {
		seq++;
		return units.create(new NewUnit(code, name, null, type, level, parent == null ? null : parent.id(), FOUNDED));
	}

	int created() {
		return seq;
	}

}
