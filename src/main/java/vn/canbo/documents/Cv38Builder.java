package vn.canbo.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import vn.canbo.catalog.CatalogType;
import vn.canbo.catalog.Catalogs;
import vn.canbo.documents.CvModel.Block;
import vn.canbo.documents.CvModel.Field;
import vn.canbo.documents.CvModel.Heading;
import vn.canbo.documents.CvModel.Item;
import vn.canbo.documents.CvModel.Lines;
import vn.canbo.documents.CvModel.Signature;
import vn.canbo.documents.CvModel.Table;
import vn.canbo.people.FamilySide;
import vn.canbo.people.HistoryNoteKind;
import vn.canbo.people.PersonView;
import vn.canbo.people.Position;
import vn.canbo.people.QualificationKind;
import vn.canbo.people.Salary;
import vn.canbo.people.Training;
import vn.canbo.security.Masking;
import vn.canbo.shared.Messages;
import static vn.canbo.documents.CvFormats.*;

/** The 38-item layout (TT 06/2023/TT-BNV). */
final class Cv38Builder extends CvPieces {

	private final SortedMap<Integer, String> ratings;

	private final List<String> planned;

	/**
	 * {@code ratings}: the final annual ratings (year → rating name) for item 35.1;
	 * {@code planned}: the titles planned for (item 24).
	 */
	Cv38Builder(Catalogs catalogs, PersonView v, boolean sensitive, SortedMap<Integer, String> ratings,
			List<Training> courses, List<String> planned) {
		super(catalogs, v, sensitive, courses);
		this.ratings = ratings;
		this.planned = planned;
	}

	/**
	 * 35.1 by year: the rating of the year ("Xếp loại chuyên môn") on each award row of
	 * that year, and a row of its own for a rated year without an award.
	 */
	List<List<String>> awardRows() {
		List<List<String>> rows = new ArrayList<>();
		Set<Integer> done = new HashSet<>();
		for (var a : awardsUntilAsOf()) {
			String rating = a.year() == null ? "" : rating(a.year());
			if (a.year() != null) {
				done.add(a.year());
			}
			rows.add(List.of(a.year() == null ? "" : String.valueOf(a.year()), rating, "",
					join(" - ", cat(CatalogType.AWARD_FORM, a.formCode()), nz(a.issuer()))));
		}
		ratings.keySet()
			.stream()
			.filter(y -> !done.contains(y))
			.forEach(y -> rows.add(List.of(String.valueOf(y), rating(y), "", "")));
		rows.sort(Comparator.comparing((List<String> r) -> r.get(0).isEmpty() ? 0 : Integer.parseInt(r.get(0))));
		return rows;
	}

	private String rating(int year) {
		String r = ratings.get(year);
		return r == null ? "" : Messages.text(Messages.VIETNAMESE, "documents.rating." + r);
	}

	CvModel model(String managing, String using, Signature sign, String name, String file) {
		List<Field> header = List.of(new Field("Cơ quan quản lý", managing), new Field("Đơn vị sử dụng", using),
				new Field("Số hiệu", nz(d.civilServantNo())), new Field("Mã số định danh", nz(d.personalIdCode())));
		List<Block> all = blocks();
		return new CvModel(CvLayout.TT06_2023, "Mẫu sơ yếu lý lịch (TT 06/2023/TT-BNV)",
				"Cơ sở dữ liệu quốc gia về cán bộ, công chức, viên chức", header, "SƠ YẾU LÝ LỊCH", all.subList(0, 7),
				all.subList(7, all.size()), sign, name, file);
	}

	@Override
	List<Block> blocks() {
		List<Block> b = new ArrayList<>();
		b.add(new Item("1)", List.of(new Field("Họ và tên khai sinh (viết chữ in hoa)", upper(d.fullName())),
				new Field("Giới tính", d.gender() == null ? "" : d.gender().label()))));
		b.add(Item.of("2)", "Các tên gọi khác", nz(d.otherNames())));
		b.add(Item.of("3)", "Sinh ngày", birthDayMonthYear()));
		b.add(Item.of("4)", "Nơi sinh", place(d.birthplace())));
		b.add(Item.of("5)", "Quê quán (xã/phường, tỉnh/thành phố)", homeTownTwoTier()));
		b.add(new Item("6)", List.of(new Field("Dân tộc", sens(cat(CatalogType.ETHNICITY, d.ethnicityCode()))),
				new Field("7) Tôn giáo", sens(cat(CatalogType.RELIGION, d.religionCode()))))));
		b.add(new Item("8)",
				List.of(new Field("Số CCCD", nationalId()), new Field("Ngày cấp", dmy(d.nationalIdIssuedOn())),
						new Field("SĐT liên hệ", sensitive ? nz(d.phone()) : nz(Masking.maskPhone(d.phone()))))));
		// ---- below the photo
		b.add(new Item("9)", List.of(new Field("Số BHXH", nz(d.socialInsuranceNo())),
				new Field("Số thẻ BHYT", nz(d.healthInsuranceNo())))));
		b.add(Item.of("10)", "Nơi ở hiện nay", nz(d.currentAddress())));
		b.add(Item.of("11)", "Thành phần gia đình xuất thân",
				cat(CatalogType.FAMILY_BACKGROUND, d.familyBackgroundCode())));
		b.add(Item.of("12)", "Nghề nghiệp trước khi được tuyển dụng", nz(d.occupationBeforeRecruitment())));
		b.add(new Item("13)", List.of(new Field("Ngày được tuyển dụng lần đầu", pd(d.recruitedOn())),
				new Field("Cơ quan, tổ chức, đơn vị tuyển dụng", nz(d.recruitingAgency())))));
		b.add(Item.of("14)", "Ngày vào cơ quan hiện đang công tác", dmy(d.joinedCurrentAgencyOn())));
		b.add(new Item("15)", List.of(new Field("Ngày vào Đảng Cộng sản Việt Nam", dmy(d.partyJoinedOn())),
				new Field("Ngày chính thức", dmy(d.partyOfficialOn())))));
		b.add(Item.of("16)",
				"Ngày tham gia tổ chức chính trị - xã hội đầu tiên (Đoàn TNCS Hồ Chí Minh, Công đoàn, Hội…)",
				firstMassOrg()));
		b.add(new Item("17)",
				List.of(new Field("Ngày nhập ngũ", dmy(d.militaryEnlistedOn())),
						new Field("Ngày xuất ngũ", dmy(d.militaryDischargedOn())),
						new Field("Quân hàm cao nhất", cat(CatalogType.MILITARY_RANK, d.militaryRankCode())))));
		b.add(Item.of("18)", "Đối tượng chính sách", join("; ", cat(CatalogType.POLICY_GROUP, d.policyGroupCode()),
				d.warInvalidGrade() == null ? "" : "Thương binh hạng " + d.warInvalidGrade())));
		b.add(Item.of("19)", "Trình độ giáo dục phổ thông", generalEducation()));
		b.add(Item.of("20)", "Trình độ chuyên môn cao nhất", highest(QualificationKind.PROFESSIONAL)));
		b.add(Item.of("21)", "Học hàm", join(", năm ", cat(CatalogType.ACADEMIC_TITLE, d.academicTitleCode()),
				d.academicTitleYear() == null ? "" : String.valueOf(d.academicTitleYear()))));
		b.add(Item.of("22)", "Danh hiệu nhà nước phong tặng", honoraryTitle()));
		Position main = v.mainPosition();
		b.add(new Item("23)", List.of(new Field("Chức vụ hiện tại", main == null ? "" : positionText(main)),
				new Field("Ngày bổ nhiệm/phê chuẩn",
						main == null ? "" : dmy(main.decisionDate() != null ? main.decisionDate() : main.validFrom())),
				new Field("Ngày bổ nhiệm lại/phê chuẩn nhiệm kỳ tiếp theo",
						main == null || main.termStart() == null || !main.termStart().isAfter(main.validFrom()) ? ""
								: dmy(main.termStart())))));
		b.add(Item.of("24)", "Được quy hoạch chức danh", String.join("; ", planned)));
		b.add(Item.of("25)", "Chức vụ kiêm nhiệm",
				joinPositions(v.currentPositions().stream().filter(p -> p.concurrent() && !p.partyPost()))));
		List<Position> party = v.currentPositions().stream().filter(Position::partyPost).toList();
		b.add(Item.of("26)", "Chức vụ Đảng hiện tại", party.isEmpty() ? "" : positionText(party.get(0))));
		b.add(Item.of("27)", "Chức vụ Đảng kiêm nhiệm", joinPositions(party.stream().skip(1))));
		b.add(Item.of("28)", "Công việc chính được giao", nz(d.mainDuties())));
		b.add(new Item("29)", List.of(new Field("Sở trường công tác", nz(d.strengths())),
				new Field("Công việc làm lâu nhất", nz(d.longestJob())))));
		Salary s = v.currentSalary();
		b.add(new Heading("30)", "Tiền lương", null));
		b.add(new Item("",
				List.of(new Field("30.1- Ngạch/chức danh nghề nghiệp",
						s == null ? "" : cat(CatalogType.RANK, s.rankCode())),
						new Field("Mã số", s == null ? "" : nz(s.rankCode())),
						new Field("Ngày bổ nhiệm ngạch/CDNN", s == null ? "" : dmy(rankSince(s.rankCode()))))));
		b.add(new Item("",
				List.of(new Field("Bậc lương", s == null || s.step() == null ? "" : String.valueOf(s.step())),
						new Field("Hệ số", s == null ? "" : num(s.coefficient())),
						new Field("Ngày hưởng", s == null ? "" : dmy(s.validFrom())),
						new Field("Phần trăm hưởng", s == null || s.percent() == null ? "" : num(s.percent()) + "%"))));
		b.add(new Item(
				"", List.of(
						new Field("Phụ cấp thâm niên vượt khung",
								s == null || s.seniorityAllowancePct() == null ? ""
										: num(s.seniorityAllowancePct()) + "%"),
						new Field("Ngày hưởng PCTNVK",
								s == null || s.seniorityAllowancePct() == null ? "" : dmy(s.validFrom())))));
		b.add(new Item("",
				List.of(new Field("30.2- Phụ cấp chức vụ", s == null ? "" : num(s.positionAllowance())),
						new Field("Phụ cấp kiêm nhiệm", ""),
						new Field("Phụ cấp khác", s == null ? "" : nz(s.otherAllowances())))));
		b.add(new Item("", List.of(new Field("30.3- Vị trí việc làm", nz(d.jobPosition())),
				new Field("Mã số", nz(d.jobPositionCode())))));
		b.add(new Item("",
				List.of(new Field("Bậc lương", ""),
						new Field("Lương theo mức tiền", s == null ? "" : money(s.jobPositionSalary())),
						new Field("Ngày hưởng", s == null || s.jobPositionSalary() == null ? "" : dmy(s.validFrom())),
						new Field("Phần trăm hưởng", ""), new Field("PCTNVK", ""))));
		b.add(new Item("31)",
				List.of(new Field("Tình trạng sức khỏe", sens(d.healthStatus())),
						new Field("Chiều cao", sens(d.heightCm() == null ? "" : d.heightCm() + " cm")),
						new Field("Cân nặng", sens(d.weightKg() == null ? "" : num(d.weightKg()) + " kg")),
						new Field("Nhóm máu", sens(cat(CatalogType.BLOOD_GROUP, d.bloodGroupCode()))))));
		b.add(new Heading("32)", "QUÁ TRÌNH ĐÀO TẠO, BỒI DƯỠNG", null));
		String[][] parts = { { "PROFESSIONAL", "32.1- Chuyên môn (từ trung cấp trở lên, cả trong nước và nước ngoài)" },
				{ "POLITICAL_THEORY", "32.2- Lý luận chính trị" },
				{ "STATE_MANAGEMENT",
						"32.3- Bồi dưỡng quản lý nhà nước / chức danh nghề nghiệp / nghiệp vụ chuyên ngành" },
				{ "DEFENCE_SECURITY", "32.4- Bồi dưỡng kiến thức an ninh, quốc phòng" }, { "IT", "32.5- Tin học" },
				{ "FOREIGN_LANGUAGE", "32.6- Ngoại ngữ / tiếng dân tộc" } };
		for (String[] p : parts) {
			b.add(new Heading("", p[1], null));
			b.add(trainingTable38(trainings(QualificationKind.valueOf(p[0]))));
		}
		b.add(new Heading("33)", "TÓM TẮT QUÁ TRÌNH CÔNG TÁC", null));
		b.add(new Table(List.of("Từ tháng, năm", "Đến tháng, năm", "Đơn vị công tác, chức danh/chức vụ"),
				List.of(15, 15, 70),
				orEmpty(workSummary().stream().map(r -> List.of(r.from(), r.to(), r.text())).toList(), 3), false));
		b.add(new Heading("34)", "ĐẶC ĐIỂM LỊCH SỬ BẢN THÂN", null));
		b.add(historyLines(HistoryNoteKind.ARREST,
				"34.1- Khai rõ: bị bắt, bị tù (từ ngày tháng năm nào đến ngày tháng năm nào, ở đâu), đã khai báo cho ai, những vấn đề gì?",
				null));
		b.add(historyLines(HistoryNoteKind.FORMER_REGIME,
				"34.2- Bản thân có làm việc trong chế độ cũ (cơ quan, đơn vị nào, địa điểm, chức danh, chức vụ, thời gian làm việc…)",
				null));
		b.add(historyLines(HistoryNoteKind.FOREIGN_RELATIONS,
				"34.3- Tham gia hoặc có quan hệ với các tổ chức chính trị, kinh tế, xã hội nào ở nước ngoài", null));
		b.add(new Heading("35)", "KHEN THƯỞNG, KỶ LUẬT", null));
		b.add(new Heading("", "35.1- Khen thưởng", null));
		b.add(new Table(List.of("Năm", "Xếp loại chuyên môn", "Xếp loại thi đua", "Hình thức khen thưởng"),
				List.of(12, 22, 22, 44), orEmpty(awardRows(), 4), false));
		b.add(new Heading("", "35.2- Kỷ luật Đảng/hành chính", null));
		b.add(new Table(
				List.of("Từ tháng, năm", "Đến tháng, năm", "Hình thức", "Hành vi vi phạm chính", "Cơ quan quyết định"),
				List.of(14, 14, 20, 30, 22),
				orEmpty(disciplinesUntilAsOf().stream()
					.map(x -> List.of(my(x.validFrom()), my(x.validTo()),
							cat(CatalogType.DISCIPLINE_FORM, x.formCode()), nz(x.violation()), nz(x.authority())))
					.toList(), 5),
				false));
		b.add(new Heading("36)", "QUAN HỆ GIA ĐÌNH", null));
		b.add(new Heading("", "36.1- Về bản thân: Cha, Mẹ, Vợ (hoặc chồng), các con, anh chị em ruột", null));
		b.add(familyTable(FamilySide.SELF, true));
		b.add(new Heading("", "36.2- Về bên vợ (hoặc chồng): Cha, Mẹ, anh chị em ruột", null));
		b.add(familyTable(FamilySide.SPOUSE, true));
		b.add(new Heading("37)", "HOÀN CẢNH KINH TẾ GIA ĐÌNH", null));
		b.add(new Heading("", "37.1- Quá trình lương của bản thân", null));
		b.add(new Table(
				List.of("Từ tháng, năm", "Đến tháng, năm", "Mã số", "Bậc lương", "Hệ số lương", "Tiền lương theo VTVL"),
				List.of(15, 15, 18, 14, 16, 22),
				orEmpty(salariesUntilAsOf().stream()
					.map(x -> List.of(my(x.validFrom()),
							x.validTo() == null || x.validTo().isAfter(asOf) ? "" : my(x.validTo()), nz(x.rankCode()),
							x.step() == null ? "" : String.valueOf(x.step()), num(x.coefficient()),
							money(x.jobPositionSalary())))
					.toList(), 6),
				false));
		b.add(Item.of("", "37.2- Các loại phụ cấp khác", s == null ? "" : nz(s.otherAllowances())));
		b.add(new Heading("",
				"37.3- Nguồn thu nhập chính của gia đình; nhà ở (được cấp, được thuê, tự mua, tự xây; diện tích m², giấy chứng nhận quyền sở hữu); đất ở, đất sản xuất, kinh doanh (m²)",
				null));
		b.add(new Lines(List.of(), 3));
		b.add(new Heading("38)", "NHẬN XÉT, ĐÁNH GIÁ CỦA CƠ QUAN, TỔ CHỨC, ĐƠN VỊ SỬ DỤNG", null));
		b.add(new Lines(List.of(), 4));
		return b;
	}

	String homeTownTwoTier() {
		var h = d.homeTown();
		if (h == null) {
			return "";
		}
		String now = join(", ", nz(h.communeNew()), nz(h.provinceNew()));
		String old = place(h);
		return now.isEmpty() ? old : old.isEmpty() || old.equals(now) ? now : now + " (trước đây: " + old + ")";
	}

	String firstMassOrg() {
		record J(LocalDate on, String org) {
		}
		List<J> all = new ArrayList<>();
		if (d.youthUnionJoinedOn() != null) {
			all.add(new J(d.youthUnionJoinedOn(), "Đoàn TNCS Hồ Chí Minh"));
		}
		v.massOrgs()
			.stream()
			.filter(m -> m.joinedOn() != null)
			.forEach(m -> all.add(new J(m.joinedOn(), m.organisation())));
		return all.stream()
			.filter(j -> !j.on().isAfter(asOf))
			.min(Comparator.comparing(J::on))
			.map(j -> dmy(j.on()) + " (" + nz(j.org()) + ")")
			.orElse("");
	}

	LocalDate rankSince(String rankCode) {
		return salariesUntilAsOf().stream()
			.filter(x -> Objects.equals(x.rankCode(), rankCode))
			.map(Salary::validFrom)
			.min(LocalDate::compareTo)
			.orElse(null);
	}

	Table trainingTable38(List<Training> ts) {
		return new Table(
				List.of("Từ tháng, năm - đến tháng, năm", "Tên cơ sở đào tạo", "Chuyên ngành", "Hình thức đào tạo",
						"Văn bằng, chứng chỉ"),
				List.of(18, 26, 20, 16, 20),
				orEmpty(ts.stream()
					.map(t -> List.of(monthYear(t.from()) + " - " + monthYear(t.to()), nz(t.school()), nz(t.major()),
							cat(CatalogType.TRAINING_FORM, t.formCode()), trainingLevel(t)))
					.toList(), 5),
				false);
	}

}
