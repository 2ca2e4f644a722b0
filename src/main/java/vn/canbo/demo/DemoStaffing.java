package vn.canbo.demo;

import static vn.canbo.demo.Slot.Profile.*;
import static vn.canbo.people.PersonCategory.*;

import java.util.List;

/** Who works where: the posts of each kind of unit in the demo locality. */
final class DemoStaffing {

	private DemoStaffing() {
	}

	// commune level (NĐ 33/2023 titles: cán bộ and the six công chức titles)
	static final List<Slot> COMMUNE_PARTY = List.of(
			Slot.of("PHO_BI_THU", "Phó Bí thư Thường trực Đảng ủy", CADRE, 1, 25, 38, 56, COMMUNE_LEADER),
			Slot.of("CHUYEN_VIEN", "Văn phòng Đảng ủy", CIVIL_SERVANT, 1, 60, 24, 45, SPECIALIST));
	static final List<Slot> COMMUNE_COUNCIL = List
		.of(Slot.of("PHO_CHU_TICH_HDND", null, CADRE, 1, 30, 35, 56, COMMUNE_LEADER));
	static final List<Slot> COMMUNE_COMMITTEE = List.of(
			Slot.of("PHO_CHU_TICH_UBND", null, CADRE, 2, 20, 33, 55, COMMUNE_LEADER),
			Slot.of("CHI_HUY_TRUONG_QS", null, CIVIL_SERVANT, 1, 0, 30, 50, SPECIALIST),
			Slot.of("CC_VAN_PHONG", null, CIVIL_SERVANT, 2, 55, 24, 50, SPECIALIST),
			Slot.of("CC_DIA_CHINH", null, CIVIL_SERVANT, 2, 20, 24, 50, SPECIALIST),
			Slot.of("CC_TAI_CHINH", null, CIVIL_SERVANT, 2, 60, 24, 50, SPECIALIST),
			Slot.of("CC_TU_PHAP", null, CIVIL_SERVANT, 2, 45, 24, 50, SPECIALIST),
			Slot.of("CC_VAN_HOA", null, CIVIL_SERVANT, 2, 50, 24, 50, SPECIALIST), Slot.of("KHONG_CHUYEN_TRACH",
					"Người hoạt động không chuyên trách cấp xã", NON_SPECIALISED, 3, 40, 25, 55, HAMLET));
	static final List<Slot> COMMUNE_FRONT = List.of(
			Slot.of("CHU_TICH_MTTQ", null, CADRE, 1, 35, 40, 57, COMMUNE_LEADER),
			Slot.of("PHO_CHU_TICH_MTTQ", null, NON_SPECIALISED, 1, 40, 35, 58, HAMLET));
	static final List<Slot> COMMUNE_YOUTH = List.of(Slot.of("BI_THU_DOAN", null, CADRE, 1, 45, 25, 30, COMMUNE_LEADER),
			Slot.of("PHO_BI_THU_DOAN", null, NON_SPECIALISED, 1, 50, 22, 30, HAMLET));
	static final List<Slot> COMMUNE_WOMEN = List.of(
			Slot.of("CHU_TICH_HOI", "Chủ tịch Hội LHPN", CADRE, 1, 100, 32, 55, COMMUNE_LEADER),
			Slot.of("PHO_CHU_TICH_HOI", "Phó Chủ tịch Hội LHPN", NON_SPECIALISED, 1, 100, 28, 55, HAMLET));
	static final List<Slot> COMMUNE_FARMERS = List
		.of(Slot.of("CHU_TICH_HOI", "Chủ tịch Hội Nông dân", CADRE, 1, 15, 38, 57, COMMUNE_LEADER));
	static final List<Slot> COMMUNE_VETERANS = List
		.of(Slot.of("CHU_TICH_HOI", "Chủ tịch Hội Cựu chiến binh", CADRE, 1, 0, 50, 59, COMMUNE_LEADER));
	static final List<Slot> COMMUNE_SCHOOL = List.of(
			Slot.of("HIEU_TRUONG", null, PUBLIC_EMPLOYEE, 1, 45, 40, 57, SPECIALIST),
			Slot.of("PHO_HIEU_TRUONG", null, PUBLIC_EMPLOYEE, 1, 55, 35, 55, SPECIALIST),
			Slot.of("GIAO_VIEN", "Giáo viên trung học cơ sở", PUBLIC_EMPLOYEE, 40, 72, 23, 59, TEACHER),
			Slot.of("KE_TOAN", null, PUBLIC_EMPLOYEE, 1, 80, 25, 50, SPECIALIST),
			Slot.of("NHAN_VIEN", "Nhân viên thư viện, thiết bị", CONTRACT, 2, 60, 22, 55, SUPPORT));
	static final List<Slot> COMMUNE_HEALTH = List.of(
			Slot.of("TRAM_TRUONG", null, PUBLIC_EMPLOYEE, 1, 40, 35, 55, DOCTOR),
			Slot.of("BAC_SI", null, PUBLIC_EMPLOYEE, 1, 50, 28, 55, DOCTOR),
			Slot.of("Y_SI", null, PUBLIC_EMPLOYEE, 4, 75, 23, 55, NURSE));
	static final List<Slot> HAMLET_SLOTS = List
		.of(Slot.of("TRUONG_THON", null, NON_SPECIALISED, 1, 20, 35, 62, HAMLET));

	// town level
	static final List<Slot> TOWN_PARTY = List.of(
			Slot.of("BI_THU", "Bí thư Thị ủy", CADRE, 1, 15, 45, 57, SENIOR_LEADER),
			Slot.of("PHO_BI_THU", "Phó Bí thư Thường trực Thị ủy", CADRE, 1, 30, 42, 57, SENIOR_LEADER),
			Slot.of("UV_BTV", "Ủy viên Ban Thường vụ Thị ủy", CADRE, 2, 30, 40, 57, SENIOR_LEADER));
	static final List<Slot> TOWN_BOARD = List.of(Slot.of("TRUONG_BAN", null, CADRE, 1, 30, 42, 57, SENIOR_LEADER),
			Slot.of("PHO_TRUONG_BAN", null, CADRE, 2, 35, 35, 55, SENIOR_LEADER),
			Slot.of("CHUYEN_VIEN", null, CIVIL_SERVANT, 4, 50, 25, 55, SPECIALIST));
	static final List<Slot> TOWN_COUNCIL = List.of(
			Slot.of("PHO_CHU_TICH_HDND", "Phó Chủ tịch HĐND thị xã", CADRE, 1, 40, 40, 57, SENIOR_LEADER),
			Slot.of("TRUONG_BAN_HDND", null, CADRE, 2, 35, 38, 57, SENIOR_LEADER));
	static final List<Slot> TOWN_COMMITTEE = List
		.of(Slot.of("PHO_CHU_TICH_UBND", "Phó Chủ tịch UBND thị xã", CADRE, 3, 20, 40, 57, SENIOR_LEADER));
	static final List<Slot> TOWN_OFFICE = List.of(
			Slot.of("TRUONG_PHONG", null, CIVIL_SERVANT, 1, 30, 38, 57, SENIOR_LEADER),
			Slot.of("PHO_TRUONG_PHONG", null, CIVIL_SERVANT, 2, 40, 32, 55, SPECIALIST),
			Slot.of("CHUYEN_VIEN", null, CIVIL_SERVANT, 6, 50, 24, 55, SPECIALIST),
			Slot.of("NHAN_VIEN", "Nhân viên hợp đồng", CONTRACT, 1, 50, 22, 50, SUPPORT));
	static final List<Slot> TOWN_FRONT = List.of(
			Slot.of("CHU_TICH_MTTQ", "Chủ tịch Ủy ban MTTQ thị xã", CADRE, 1, 30, 45, 57, SENIOR_LEADER),
			Slot.of("PHO_CHU_TICH_MTTQ", null, CADRE, 2, 40, 38, 57, SPECIALIST),
			Slot.of("CHUYEN_VIEN", null, CIVIL_SERVANT, 3, 50, 25, 50, SPECIALIST));
	static final List<Slot> TOWN_MASS_ORG = List.of(Slot.of("CHU_TICH_HOI", null, CADRE, 1, 40, 30, 57, SENIOR_LEADER),
			Slot.of("PHO_CHU_TICH_HOI", null, CADRE, 1, 45, 28, 55, SPECIALIST),
			Slot.of("CHUYEN_VIEN", null, CIVIL_SERVANT, 2, 55, 24, 45, SPECIALIST));
	static final List<Slot> TOWN_HOSPITAL = List.of(
			Slot.of("GIAM_DOC", "Giám đốc Trung tâm Y tế", PUBLIC_EMPLOYEE, 1, 30, 45, 57, DOCTOR),
			Slot.of("PHO_GIAM_DOC", "Phó Giám đốc Trung tâm Y tế", PUBLIC_EMPLOYEE, 2, 40, 40, 57, DOCTOR),
			Slot.of("BAC_SI", null, PUBLIC_EMPLOYEE, 34, 45, 26, 59, DOCTOR),
			Slot.of("Y_SI", "Điều dưỡng", PUBLIC_EMPLOYEE, 70, 78, 22, 55, NURSE),
			Slot.of("KE_TOAN", null, PUBLIC_EMPLOYEE, 3, 80, 25, 55, SPECIALIST),
			Slot.of("NHAN_VIEN", "Nhân viên", CONTRACT, 6, 50, 22, 55, SUPPORT));
	static final List<Slot> TOWN_HIGH_SCHOOL = List.of(
			Slot.of("HIEU_TRUONG", null, PUBLIC_EMPLOYEE, 1, 40, 42, 57, SPECIALIST),
			Slot.of("PHO_HIEU_TRUONG", null, PUBLIC_EMPLOYEE, 2, 50, 36, 55, SPECIALIST),
			Slot.of("GIAO_VIEN", "Giáo viên trung học phổ thông", PUBLIC_EMPLOYEE, 62, 68, 23, 59, TEACHER),
			Slot.of("NHAN_VIEN", "Nhân viên", CONTRACT, 4, 60, 22, 55, SUPPORT));

	// province level (only the bodies the demo needs)
	static final List<Slot> PROVINCE_BODY = List.of(
			Slot.of("PHO_GIAM_DOC", null, CIVIL_SERVANT, 1, 30, 42, 57, SENIOR_LEADER),
			Slot.of("CHUYEN_VIEN", null, CIVIL_SERVANT, 5, 50, 26, 55, SPECIALIST));

}
