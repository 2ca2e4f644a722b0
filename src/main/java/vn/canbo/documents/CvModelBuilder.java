package vn.canbo.documents;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import vn.canbo.catalog.CatalogType;
import vn.canbo.catalog.Catalogs;
import vn.canbo.documents.CvModel.Block;
import vn.canbo.documents.CvModel.Field;
import vn.canbo.documents.CvModel.Heading;
import vn.canbo.documents.CvModel.Item;
import vn.canbo.documents.CvModel.Lines;
import vn.canbo.documents.CvModel.Signature;
import vn.canbo.documents.CvModel.Table;
import vn.canbo.org.UnitView;
import vn.canbo.org.Units;
import vn.canbo.people.Award;
import vn.canbo.people.Discipline;
import vn.canbo.people.FamilyMember;
import vn.canbo.people.FamilySide;
import vn.canbo.people.HistoryNote;
import vn.canbo.people.HistoryNoteKind;
import vn.canbo.people.PersonData;
import vn.canbo.people.PersonView;
import vn.canbo.people.Position;
import vn.canbo.people.Qualification;
import vn.canbo.people.QualificationKind;
import vn.canbo.people.Salary;
import vn.canbo.people.Training;
import vn.canbo.people.WorkHistory;
import vn.canbo.security.Masking;
import vn.canbo.shared.PartialDate;
import vn.canbo.shared.VietnameseText;

/**
 * Turns a dossier as of a date into the items of the printed form (Mẫu 2C-BNV/2008 or the 38-item layout).
 * Only entries that began on or before the date are printed; positions and salaries are those valid on it.
 * Without SENSITIVE_READ the sensitive values (dân tộc, tôn giáo, CCCD, sức khỏe, lịch sử bản thân, tiền án của
 * người thân…) are masked with {@link Masking}.
 */
@Component
class CvModelBuilder {

    static final String MASK = "******";
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter MY = DateTimeFormatter.ofPattern("MM/yyyy");

    private final Catalogs catalogs;
    private final Units units;

    CvModelBuilder(Catalogs catalogs, Units units) {
        this.catalogs = catalogs;
        this.units = units;
    }

    CvModel build(PersonView v, CvLayout layout, boolean sensitive) {
        return new Build(v, sensitive).model(layout);
    }

    private final class Build {
        final PersonView v;
        final PersonData d;
        final LocalDate asOf;
        final boolean sensitive;

        Build(PersonView v, boolean sensitive) {
            this.v = v;
            this.d = v.data();
            this.asOf = v.asOf();
            this.sensitive = sensitive;
        }

        CvModel model(CvLayout layout) {
            String managing = "";
            String using = "";
            Position main = v.mainPosition();
            if (main != null) {
                using = nz(main.unitName());
                List<UnitView> path = units.path(main.unitId(), asOf);
                if (path.size() >= 2) {
                    managing = path.get(path.size() - 2).name();
                }
            }
            String name = nz(d.fullName());
            String file = "SYLL_" + layout.name() + "_" + v.id() + "_" + slug(name) + "_" + asOf;
            Signature sign = new Signature("Người khai", "Tôi xin cam đoan những lời khai trên đây là đúng sự thật\n(Ký tên, ghi rõ họ tên)",
                    name, "…………, ngày …… tháng …… năm 20……",
                    layout == CvLayout.BNV_2008 ? "Thủ trưởng cơ quan, đơn vị quản lý và sử dụng CBCC"
                            : "Thủ trưởng cơ quan, tổ chức, đơn vị sử dụng",
                    "(Ký tên, đóng dấu)");
            if (layout == CvLayout.BNV_2008) {
                List<Field> header = List.of(
                        new Field("Cơ quan, đơn vị có thẩm quyền quản lý CBCC", managing),
                        new Field("Cơ quan, đơn vị sử dụng CBCC", using),
                        new Field("Số hiệu cán bộ, công chức", nz(d.civilServantNo())));
                List<Block> all = bnv2008();
                return new CvModel(layout, "Mẫu 2C-BNV/2008", "Ban hành kèm theo Quyết định số 02/2008/QĐ-BNV ngày 06/10/2008 của Bộ trưởng Bộ Nội vụ",
                        header, "SƠ YẾU LÝ LỊCH CÁN BỘ, CÔNG CHỨC", all.subList(0, 7), all.subList(7, all.size()), sign, name, file);
            }
            List<Field> header = List.of(
                    new Field("Cơ quan quản lý", managing),
                    new Field("Đơn vị sử dụng", using),
                    new Field("Số hiệu", nz(d.civilServantNo())),
                    new Field("Mã số định danh", nz(d.personalIdCode())));
            List<Block> all = tt06();
            return new CvModel(layout, "Mẫu sơ yếu lý lịch (TT 06/2023/TT-BNV)",
                    "Cơ sở dữ liệu quốc gia về cán bộ, công chức, viên chức", header, "SƠ YẾU LÝ LỊCH",
                    all.subList(0, 7), all.subList(7, all.size()), sign, name, file);
        }

        // ---- Mẫu 2C-BNV/2008 ------------------------------------------------------------------------------

        List<Block> bnv2008() {
            List<Block> b = new ArrayList<>();
            b.add(Item.of("1)", "Họ và tên khai sinh (viết chữ in hoa)", upper(d.fullName())));
            b.add(Item.of("2)", "Tên gọi khác", nz(d.otherNames())));
            b.add(new Item("3)", List.of(new Field("Sinh ngày", birthDayMonthYear()),
                    new Field("Giới tính (nam, nữ)", d.gender() == null ? "" : d.gender().label()))));
            b.add(Item.of("4)", "Nơi sinh", place(d.birthplace())));
            b.add(Item.of("5)", "Quê quán", place(d.homeTown())));
            b.add(new Item("6)", List.of(new Field("Dân tộc", sens(cat(CatalogType.ETHNICITY, d.ethnicityCode()))),
                    new Field("7) Tôn giáo", sens(cat(CatalogType.RELIGION, d.religionCode()))))));
            b.add(Item.of("8)", "Nơi đăng ký hộ khẩu thường trú", nz(d.permanentAddress())));
            // ---- below the photo
            b.add(Item.of("9)", "Nơi ở hiện nay", nz(d.currentAddress())));
            b.add(Item.of("10)", "Nghề nghiệp khi được tuyển dụng", nz(d.occupationBeforeRecruitment())));
            b.add(new Item("11)", List.of(new Field("Ngày tuyển dụng", pd(d.recruitedOn())),
                    new Field("Cơ quan tuyển dụng", nz(d.recruitingAgency())))));
            b.add(Item.of("12)", "Chức vụ (chức danh) hiện tại", currentPositions(false)));
            b.add(Item.of("13)", "Công việc chính được giao", nz(d.mainDuties())));
            Salary s = v.currentSalary();
            b.add(new Item("14)", List.of(new Field("Ngạch công chức (viên chức)", s == null ? "" : cat(CatalogType.RANK, s.rankCode())),
                    new Field("Mã ngạch", s == null ? "" : nz(s.rankCode())))));
            b.add(new Item("", List.of(new Field("Bậc lương", s == null || s.step() == null ? "" : String.valueOf(s.step())),
                    new Field("Hệ số", s == null ? "" : num(s.coefficient())),
                    new Field("Ngày hưởng", s == null ? "" : dmy(s.validFrom())))));
            b.add(new Item("", List.of(new Field("Phụ cấp chức vụ", s == null ? "" : num(s.positionAllowance())),
                    new Field("Phụ cấp khác", s == null ? "" : nz(s.otherAllowances())))));
            b.add(new Item("15)", List.of(new Field("15.1- Trình độ giáo dục phổ thông (đã tốt nghiệp lớp mấy/thuộc hệ nào)", generalEducation()))));
            b.add(Item.of("", "15.2- Trình độ chuyên môn cao nhất", highest(QualificationKind.PROFESSIONAL)));
            b.add(new Item("", List.of(new Field("15.3- Lý luận chính trị", highest(QualificationKind.POLITICAL_THEORY)),
                    new Field("15.4- Quản lý nhà nước", highest(QualificationKind.STATE_MANAGEMENT)))));
            b.add(new Item("", List.of(new Field("15.5- Ngoại ngữ", languages()),
                    new Field("15.6- Tin học", highest(QualificationKind.IT)))));
            b.add(new Item("16)", List.of(new Field("Ngày vào Đảng Cộng sản Việt Nam", dmy(d.partyJoinedOn())),
                    new Field("Ngày chính thức", dmy(d.partyOfficialOn())))));
            b.add(Item.of("17)", "Ngày tham gia tổ chức chính trị - xã hội", massOrgs()));
            b.add(new Item("18)", List.of(new Field("Ngày nhập ngũ", dmy(d.militaryEnlistedOn())),
                    new Field("Ngày xuất ngũ", dmy(d.militaryDischargedOn())),
                    new Field("Quân hàm cao nhất", cat(CatalogType.MILITARY_RANK, d.militaryRankCode())))));
            b.add(Item.of("19)", "Danh hiệu được phong tặng cao nhất", honoraryTitle()));
            b.add(Item.of("20)", "Sở trường công tác", nz(d.strengths())));
            b.add(Item.of("21)", "Khen thưởng", highestAward()));
            b.add(Item.of("22)", "Kỷ luật", highestDiscipline()));
            b.add(new Item("23)", List.of(new Field("Tình trạng sức khỏe", sens(d.healthStatus())),
                    new Field("Chiều cao", sens(d.heightCm() == null ? "" : d.heightCm() + " cm")),
                    new Field("Cân nặng", sens(d.weightKg() == null ? "" : num(d.weightKg()) + " kg")),
                    new Field("Nhóm máu", sens(cat(CatalogType.BLOOD_GROUP, d.bloodGroupCode()))))));
            b.add(new Item("24)", List.of(new Field("Là thương binh hạng", nz(d.warInvalidGrade())),
                    new Field("Là con gia đình chính sách", cat(CatalogType.POLICY_GROUP, d.policyGroupCode())))));
            b.add(new Item("25)", List.of(new Field("Số chứng minh nhân dân (căn cước công dân)", nationalId()),
                    new Field("Ngày cấp", dmy(d.nationalIdIssuedOn())))));
            b.add(Item.of("26)", "Số sổ BHXH", nz(d.socialInsuranceNo())));
            b.add(new Heading("27)", "ĐÀO TẠO, BỒI DƯỠNG VỀ CHUYÊN MÔN, NGHIỆP VỤ, LÝ LUẬN CHÍNH TRỊ, NGOẠI NGỮ, TIN HỌC", null));
            b.add(trainingTable(trainings(null)));
            b.add(new Heading("28)", "TÓM TẮT QUÁ TRÌNH CÔNG TÁC", null));
            b.add(new Table(List.of("Từ tháng, năm đến tháng, năm",
                    "Chức danh, chức vụ, đơn vị công tác (đảng, chính quyền, đoàn thể, tổ chức xã hội), kể cả thời gian được đào tạo, bồi dưỡng về chuyên môn, nghiệp vụ, …"),
                    List.of(25, 75), orEmpty(workSummary().stream().map(r -> List.of(r.from() + " - " + r.to(), r.text())).toList(), 2), false));
            b.add(new Heading("29)", "ĐẶC ĐIỂM LỊCH SỬ BẢN THÂN", null));
            b.add(historyLines(HistoryNoteKind.ARREST, "- Khai rõ: bị bắt, bị tù (từ ngày tháng năm nào đến ngày tháng năm nào, ở đâu), đã khai báo cho ai, những vấn đề gì? Bản thân có làm việc trong chế độ cũ (cơ quan, đơn vị nào, địa điểm, chức danh, chức vụ, thời gian làm việc…)",
                    HistoryNoteKind.FORMER_REGIME));
            b.add(historyLines(HistoryNoteKind.FOREIGN_RELATIONS, "- Tham gia hoặc có quan hệ với các tổ chức chính trị, kinh tế, xã hội nào ở nước ngoài (làm gì, tổ chức nào, đặt trụ sở ở đâu…?); có thân nhân (bố, mẹ, vợ, chồng, con, anh chị em ruột) ở nước ngoài (làm gì, địa chỉ…)?", null));
            b.add(new Heading("30)", "QUAN HỆ GIA ĐÌNH", null));
            b.add(new Heading("", "a) Về bản thân: Bố, Mẹ, Vợ (hoặc chồng), các con, anh chị em ruột", null));
            b.add(familyTable(FamilySide.SELF, false));
            b.add(new Heading("", "b) Về bên vợ (hoặc chồng): Bố, Mẹ, anh chị em ruột", null));
            b.add(familyTable(FamilySide.SPOUSE, false));
            b.add(new Heading("31)", "DIỄN BIẾN QUÁ TRÌNH LƯƠNG CỦA CÁN BỘ, CÔNG CHỨC", null));
            b.addAll(salaryProgression());
            b.add(new Heading("32)", "NHẬN XÉT, ĐÁNH GIÁ CỦA CƠ QUAN, ĐƠN VỊ QUẢN LÝ VÀ SỬ DỤNG CÁN BỘ, CÔNG CHỨC", null));
            b.add(new Lines(List.of(), 4));
            return b;
        }

        // ---- 38-item layout (TT 06/2023/TT-BNV) ------------------------------------------------------------

        List<Block> tt06() {
            List<Block> b = new ArrayList<>();
            b.add(new Item("1)", List.of(new Field("Họ và tên khai sinh (viết chữ in hoa)", upper(d.fullName())),
                    new Field("Giới tính", d.gender() == null ? "" : d.gender().label()))));
            b.add(Item.of("2)", "Các tên gọi khác", nz(d.otherNames())));
            b.add(Item.of("3)", "Sinh ngày", birthDayMonthYear()));
            b.add(Item.of("4)", "Nơi sinh", place(d.birthplace())));
            b.add(Item.of("5)", "Quê quán (xã/phường, tỉnh/thành phố)", homeTownTwoTier()));
            b.add(new Item("6)", List.of(new Field("Dân tộc", sens(cat(CatalogType.ETHNICITY, d.ethnicityCode()))),
                    new Field("7) Tôn giáo", sens(cat(CatalogType.RELIGION, d.religionCode()))))));
            b.add(new Item("8)", List.of(new Field("Số CCCD", nationalId()), new Field("Ngày cấp", dmy(d.nationalIdIssuedOn())),
                    new Field("SĐT liên hệ", sensitive ? nz(d.phone()) : nz(Masking.maskPhone(d.phone()))))));
            // ---- below the photo
            b.add(new Item("9)", List.of(new Field("Số BHXH", nz(d.socialInsuranceNo())), new Field("Số thẻ BHYT", nz(d.healthInsuranceNo())))));
            b.add(Item.of("10)", "Nơi ở hiện nay", nz(d.currentAddress())));
            b.add(Item.of("11)", "Thành phần gia đình xuất thân", cat(CatalogType.FAMILY_BACKGROUND, d.familyBackgroundCode())));
            b.add(Item.of("12)", "Nghề nghiệp trước khi được tuyển dụng", nz(d.occupationBeforeRecruitment())));
            b.add(new Item("13)", List.of(new Field("Ngày được tuyển dụng lần đầu", pd(d.recruitedOn())),
                    new Field("Cơ quan, tổ chức, đơn vị tuyển dụng", nz(d.recruitingAgency())))));
            b.add(Item.of("14)", "Ngày vào cơ quan hiện đang công tác", dmy(d.joinedCurrentAgencyOn())));
            b.add(new Item("15)", List.of(new Field("Ngày vào Đảng Cộng sản Việt Nam", dmy(d.partyJoinedOn())),
                    new Field("Ngày chính thức", dmy(d.partyOfficialOn())))));
            b.add(Item.of("16)", "Ngày tham gia tổ chức chính trị - xã hội đầu tiên (Đoàn TNCS Hồ Chí Minh, Công đoàn, Hội…)", firstMassOrg()));
            b.add(new Item("17)", List.of(new Field("Ngày nhập ngũ", dmy(d.militaryEnlistedOn())),
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
                    new Field("Ngày bổ nhiệm/phê chuẩn", main == null ? "" : dmy(main.decisionDate() != null ? main.decisionDate() : main.validFrom())),
                    new Field("Ngày bổ nhiệm lại/phê chuẩn nhiệm kỳ tiếp theo", main == null || main.termStart() == null
                            || !main.termStart().isAfter(main.validFrom()) ? "" : dmy(main.termStart())))));
            b.add(Item.of("24)", "Được quy hoạch chức danh", ""));
            b.add(Item.of("25)", "Chức vụ kiêm nhiệm", joinPositions(v.currentPositions().stream().filter(p -> p.concurrent() && !p.partyPost()))));
            List<Position> party = v.currentPositions().stream().filter(Position::partyPost).toList();
            b.add(Item.of("26)", "Chức vụ Đảng hiện tại", party.isEmpty() ? "" : positionText(party.get(0))));
            b.add(Item.of("27)", "Chức vụ Đảng kiêm nhiệm", joinPositions(party.stream().skip(1))));
            b.add(Item.of("28)", "Công việc chính được giao", nz(d.mainDuties())));
            b.add(new Item("29)", List.of(new Field("Sở trường công tác", nz(d.strengths())),
                    new Field("Công việc làm lâu nhất", nz(d.longestJob())))));
            Salary s = v.currentSalary();
            b.add(new Heading("30)", "Tiền lương", null));
            b.add(new Item("", List.of(new Field("30.1- Ngạch/chức danh nghề nghiệp", s == null ? "" : cat(CatalogType.RANK, s.rankCode())),
                    new Field("Mã số", s == null ? "" : nz(s.rankCode())),
                    new Field("Ngày bổ nhiệm ngạch/CDNN", s == null ? "" : dmy(rankSince(s.rankCode()))))));
            b.add(new Item("", List.of(new Field("Bậc lương", s == null || s.step() == null ? "" : String.valueOf(s.step())),
                    new Field("Hệ số", s == null ? "" : num(s.coefficient())),
                    new Field("Ngày hưởng", s == null ? "" : dmy(s.validFrom())),
                    new Field("Phần trăm hưởng", s == null || s.percent() == null ? "" : num(s.percent()) + "%"))));
            b.add(new Item("", List.of(new Field("Phụ cấp thâm niên vượt khung", s == null || s.seniorityAllowancePct() == null ? "" : num(s.seniorityAllowancePct()) + "%"),
                    new Field("Ngày hưởng PCTNVK", s == null || s.seniorityAllowancePct() == null ? "" : dmy(s.validFrom())))));
            b.add(new Item("", List.of(new Field("30.2- Phụ cấp chức vụ", s == null ? "" : num(s.positionAllowance())),
                    new Field("Phụ cấp kiêm nhiệm", ""),
                    new Field("Phụ cấp khác", s == null ? "" : nz(s.otherAllowances())))));
            b.add(new Item("", List.of(new Field("30.3- Vị trí việc làm", nz(d.jobPosition())),
                    new Field("Mã số", nz(d.jobPositionCode())))));
            b.add(new Item("", List.of(new Field("Bậc lương", ""),
                    new Field("Lương theo mức tiền", s == null ? "" : money(s.jobPositionSalary())),
                    new Field("Ngày hưởng", s == null || s.jobPositionSalary() == null ? "" : dmy(s.validFrom())),
                    new Field("Phần trăm hưởng", ""), new Field("PCTNVK", ""))));
            b.add(new Item("31)", List.of(new Field("Tình trạng sức khỏe", sens(d.healthStatus())),
                    new Field("Chiều cao", sens(d.heightCm() == null ? "" : d.heightCm() + " cm")),
                    new Field("Cân nặng", sens(d.weightKg() == null ? "" : num(d.weightKg()) + " kg")),
                    new Field("Nhóm máu", sens(cat(CatalogType.BLOOD_GROUP, d.bloodGroupCode()))))));
            b.add(new Heading("32)", "QUÁ TRÌNH ĐÀO TẠO, BỒI DƯỠNG", null));
            String[][] parts = {
                    {"PROFESSIONAL", "32.1- Chuyên môn (từ trung cấp trở lên, cả trong nước và nước ngoài)"},
                    {"POLITICAL_THEORY", "32.2- Lý luận chính trị"},
                    {"STATE_MANAGEMENT", "32.3- Bồi dưỡng quản lý nhà nước / chức danh nghề nghiệp / nghiệp vụ chuyên ngành"},
                    {"DEFENCE_SECURITY", "32.4- Bồi dưỡng kiến thức an ninh, quốc phòng"},
                    {"IT", "32.5- Tin học"},
                    {"FOREIGN_LANGUAGE", "32.6- Ngoại ngữ / tiếng dân tộc"}};
            for (String[] p : parts) {
                b.add(new Heading("", p[1], null));
                b.add(trainingTable38(trainings(QualificationKind.valueOf(p[0]))));
            }
            b.add(new Heading("33)", "TÓM TẮT QUÁ TRÌNH CÔNG TÁC", null));
            b.add(new Table(List.of("Từ tháng, năm", "Đến tháng, năm", "Đơn vị công tác, chức danh/chức vụ"), List.of(15, 15, 70),
                    orEmpty(workSummary().stream().map(r -> List.of(r.from(), r.to(), r.text())).toList(), 3), false));
            b.add(new Heading("34)", "ĐẶC ĐIỂM LỊCH SỬ BẢN THÂN", null));
            b.add(historyLines(HistoryNoteKind.ARREST, "34.1- Khai rõ: bị bắt, bị tù (từ ngày tháng năm nào đến ngày tháng năm nào, ở đâu), đã khai báo cho ai, những vấn đề gì?", null));
            b.add(historyLines(HistoryNoteKind.FORMER_REGIME, "34.2- Bản thân có làm việc trong chế độ cũ (cơ quan, đơn vị nào, địa điểm, chức danh, chức vụ, thời gian làm việc…)", null));
            b.add(historyLines(HistoryNoteKind.FOREIGN_RELATIONS, "34.3- Tham gia hoặc có quan hệ với các tổ chức chính trị, kinh tế, xã hội nào ở nước ngoài", null));
            b.add(new Heading("35)", "KHEN THƯỞNG, KỶ LUẬT", null));
            b.add(new Heading("", "35.1- Khen thưởng", null));
            b.add(new Table(List.of("Năm", "Xếp loại chuyên môn", "Xếp loại thi đua", "Hình thức khen thưởng"), List.of(12, 22, 22, 44),
                    orEmpty(awardsUntilAsOf().stream().map(a -> List.of(a.year() == null ? "" : String.valueOf(a.year()), "", "",
                            join(" - ", cat(CatalogType.AWARD_FORM, a.formCode()), nz(a.issuer())))).toList(), 4), false));
            b.add(new Heading("", "35.2- Kỷ luật Đảng/hành chính", null));
            b.add(new Table(List.of("Từ tháng, năm", "Đến tháng, năm", "Hình thức", "Hành vi vi phạm chính", "Cơ quan quyết định"),
                    List.of(14, 14, 20, 30, 22), orEmpty(disciplinesUntilAsOf().stream().map(x -> List.of(my(x.validFrom()), my(x.validTo()),
                            cat(CatalogType.DISCIPLINE_FORM, x.formCode()), nz(x.violation()), nz(x.authority()))).toList(), 5), false));
            b.add(new Heading("36)", "QUAN HỆ GIA ĐÌNH", null));
            b.add(new Heading("", "36.1- Về bản thân: Cha, Mẹ, Vợ (hoặc chồng), các con, anh chị em ruột", null));
            b.add(familyTable(FamilySide.SELF, true));
            b.add(new Heading("", "36.2- Về bên vợ (hoặc chồng): Cha, Mẹ, anh chị em ruột", null));
            b.add(familyTable(FamilySide.SPOUSE, true));
            b.add(new Heading("37)", "HOÀN CẢNH KINH TẾ GIA ĐÌNH", null));
            b.add(new Heading("", "37.1- Quá trình lương của bản thân", null));
            b.add(new Table(List.of("Từ tháng, năm", "Đến tháng, năm", "Mã số", "Bậc lương", "Hệ số lương", "Tiền lương theo VTVL"),
                    List.of(15, 15, 18, 14, 16, 22), orEmpty(salariesUntilAsOf().stream().map(x -> List.of(my(x.validFrom()),
                            x.validTo() == null || x.validTo().isAfter(asOf) ? "" : my(x.validTo()), nz(x.rankCode()),
                            x.step() == null ? "" : String.valueOf(x.step()), num(x.coefficient()), money(x.jobPositionSalary()))).toList(), 6), false));
            b.add(Item.of("", "37.2- Các loại phụ cấp khác", s == null ? "" : nz(s.otherAllowances())));
            b.add(new Heading("", "37.3- Nguồn thu nhập chính của gia đình; nhà ở (được cấp, được thuê, tự mua, tự xây; diện tích m², giấy chứng nhận quyền sở hữu); đất ở, đất sản xuất, kinh doanh (m²)", null));
            b.add(new Lines(List.of(), 3));
            b.add(new Heading("38)", "NHẬN XÉT, ĐÁNH GIÁ CỦA CƠ QUAN, TỔ CHỨC, ĐƠN VỊ SỬ DỤNG", null));
            b.add(new Lines(List.of(), 4));
            return b;
        }

        // ---- pieces ----------------------------------------------------------------------------------------

        String birthDayMonthYear() {
            PartialDate b = d.birthDate();
            if (b == null) {
                return "";
            }
            return switch (b.precision()) {
                case DAY -> b.format();
                case MONTH -> "…/" + b.format();
                case YEAR -> "…/…/" + b.format();
            };
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

        String currentPositions(boolean partyOnly) {
            return joinPositions(v.currentPositions().stream().filter(p -> !partyOnly || p.partyPost()));
        }

        String joinPositions(Stream<Position> ps) {
            return ps.map(p -> positionText(p) + (p.concurrent() ? " (kiêm nhiệm)" : "")).collect(Collectors.joining("; "));
        }

        String positionText(Position p) {
            String title = p.titleText() != null && !p.titleText().isBlank() ? p.titleText() : cat(CatalogType.TITLE, p.titleCode());
            return join(", ", title, nz(p.unitName()));
        }

        String generalEducation() {
            if (d.generalEducationGrade() != null && !d.generalEducationGrade().isBlank()) {
                return d.generalEducationGrade();
            }
            return cat(CatalogType.GENERAL_EDUCATION, d.generalEducationCode());
        }

        List<Qualification> validQualifications(QualificationKind k) {
            return v.qualifications().stream().filter(q -> q.kind() == k && q.validFrom() != null && q.validOn(asOf)).toList();
        }

        String highest(QualificationKind k) {
            return validQualifications(k).stream()
                    .max(Comparator.comparingInt((Qualification q) -> k.levelCatalog() == null ? 0 : catalogs.order(k.levelCatalog(), q.levelCode()))
                            .thenComparing(Qualification::validFrom))
                    .map(this::qualificationText).orElse("");
        }

        String qualificationText(Qualification q) {
            String level = q.kind().levelCatalog() == null ? nz(q.levelCode()) : cat(q.kind().levelCatalog(), q.levelCode());
            if (q.kind() == QualificationKind.FOREIGN_LANGUAGE) {
                return join(" ", cat(CatalogType.FOREIGN_LANGUAGE, q.languageCode()), level);
            }
            return join(", chuyên ngành ", level, nz(q.major()));
        }

        String languages() {
            return validQualifications(QualificationKind.FOREIGN_LANGUAGE).stream().map(this::qualificationText)
                    .filter(s -> !s.isEmpty()).collect(Collectors.joining("; "));
        }

        String massOrgs() {
            List<String> parts = new ArrayList<>();
            if (d.youthUnionJoinedOn() != null && !d.youthUnionJoinedOn().isAfter(asOf)) {
                parts.add(dmy(d.youthUnionJoinedOn()) + " (Đoàn TNCS Hồ Chí Minh)");
            }
            v.massOrgs().stream().filter(m -> m.joinedOn() == null || !m.joinedOn().isAfter(asOf))
                    .sorted(Comparator.comparing(m -> m.joinedOn() == null ? LocalDate.MIN : m.joinedOn()))
                    .forEach(m -> parts.add(join(" ", dmy(m.joinedOn()), "(" + nz(m.organisation())
                            + (m.role() == null || m.role().isBlank() ? "" : ", " + m.role()) + ")")));
            return String.join("; ", parts);
        }

        String firstMassOrg() {
            record J(LocalDate on, String org) {
            }
            List<J> all = new ArrayList<>();
            if (d.youthUnionJoinedOn() != null) {
                all.add(new J(d.youthUnionJoinedOn(), "Đoàn TNCS Hồ Chí Minh"));
            }
            v.massOrgs().stream().filter(m -> m.joinedOn() != null).forEach(m -> all.add(new J(m.joinedOn(), m.organisation())));
            return all.stream().filter(j -> !j.on().isAfter(asOf)).min(Comparator.comparing(J::on))
                    .map(j -> dmy(j.on()) + " (" + nz(j.org()) + ")").orElse("");
        }

        String honoraryTitle() {
            return join(", năm ", cat(CatalogType.HONORARY_TITLE, d.honoraryTitleCode()),
                    d.honoraryTitleYear() == null ? "" : String.valueOf(d.honoraryTitleYear()));
        }

        List<Award> awardsUntilAsOf() {
            return v.awards().stream().filter(a -> a.year() == null || a.year() <= asOf.getYear())
                    .sorted(Comparator.comparing(a -> a.year() == null ? 0 : a.year())).toList();
        }

        String highestAward() {
            return awardsUntilAsOf().stream()
                    // the award list runs from the highest distinction down: the highest is the lowest sort order
                    .max(Comparator.comparingInt((Award a) -> awardRank(a.formCode()))
                            .thenComparing(a -> a.year() == null ? 0 : a.year()))
                    .map(a -> join(", năm ", cat(CatalogType.AWARD_FORM, a.formCode()), a.year() == null ? "" : String.valueOf(a.year())))
                    .orElse("");
        }

        int awardRank(String formCode) {
            int o = catalogs.order(CatalogType.AWARD_FORM, formCode);
            return o == Integer.MIN_VALUE ? Integer.MIN_VALUE : -o;
        }

        List<Discipline> disciplinesUntilAsOf() {
            return v.disciplines().stream().filter(x -> start(x) != null && !start(x).isAfter(asOf))
                    .sorted(Comparator.comparing(this::start)).toList();
        }

        LocalDate start(Discipline x) {
            return x.decidedOn() != null ? x.decidedOn() : x.validFrom();
        }

        String highestDiscipline() {
            return disciplinesUntilAsOf().stream()
                    .max(Comparator.comparingInt((Discipline x) -> catalogs.order(CatalogType.DISCIPLINE_FORM, x.formCode()))
                            .thenComparing(this::start))
                    .map(x -> join(", năm ", join(" ", cat(CatalogType.DISCIPLINE_FORM, x.formCode()), kindText(x)), String.valueOf(start(x).getYear())))
                    .orElse("");
        }

        String kindText(Discipline x) {
            if (x.kind() == null) {
                return "";
            }
            return switch (x.kind()) {
                case PARTY -> "(kỷ luật Đảng)";
                case ADMINISTRATIVE -> "(kỷ luật chính quyền)";
                case MASS_ORG -> "(kỷ luật đoàn thể)";
            };
        }

        String nationalId() {
            return sensitive ? nz(d.nationalId()) : nz(Masking.maskNationalId(d.nationalId()));
        }

        LocalDate rankSince(String rankCode) {
            return salariesUntilAsOf().stream().filter(x -> Objects.equals(x.rankCode(), rankCode)).map(Salary::validFrom)
                    .min(LocalDate::compareTo).orElse(null);
        }

        List<Training> trainings(QualificationKind kind) {
            return v.trainings().stream()
                    .filter(t -> t.from() == null || !t.from().date().isAfter(asOf))
                    .filter(t -> kind == null || t.kind() == kind || (kind == QualificationKind.PROFESSIONAL && t.kind() == null))
                    .sorted(Comparator.comparing(t -> t.from() == null ? LocalDate.MIN : t.from().date())).toList();
        }

        String trainingLevel(Training t) {
            if (t.certificate() != null && !t.certificate().isBlank()) {
                return t.certificate();
            }
            return t.kind() == null || t.kind().levelCatalog() == null ? nz(t.levelCode()) : cat(t.kind().levelCatalog(), t.levelCode());
        }

        Table trainingTable(List<Training> ts) {
            return new Table(List.of("Tên trường", "Chuyên ngành đào tạo, bồi dưỡng", "Từ tháng, năm - đến tháng, năm",
                    "Hình thức đào tạo", "Văn bằng, chứng chỉ, trình độ gì"), List.of(24, 22, 18, 16, 20),
                    orEmpty(ts.stream().map(t -> List.of(nz(t.school()), nz(t.major()), monthYear(t.from()) + " - " + monthYear(t.to()),
                            cat(CatalogType.TRAINING_FORM, t.formCode()), trainingLevel(t))).toList(), 5), false);
        }

        Table trainingTable38(List<Training> ts) {
            return new Table(List.of("Từ tháng, năm - đến tháng, năm", "Tên cơ sở đào tạo", "Chuyên ngành", "Hình thức đào tạo",
                    "Văn bằng, chứng chỉ"), List.of(18, 26, 20, 16, 20),
                    orEmpty(ts.stream().map(t -> List.of(monthYear(t.from()) + " - " + monthYear(t.to()), nz(t.school()), nz(t.major()),
                            cat(CatalogType.TRAINING_FORM, t.formCode()), trainingLevel(t))).toList(), 5), false);
        }

        record WorkRow(LocalDate start, String from, String to, String text) {
        }

        /** Item 28 / 33: the free-text history entries and the recorded positions, by start date. */
        List<WorkRow> workSummary() {
            List<WorkRow> rows = new ArrayList<>();
            for (WorkHistory w : v.workHistory()) {
                if (w.from() != null && w.from().date().isAfter(asOf)) {
                    continue;
                }
                rows.add(new WorkRow(w.from() == null ? LocalDate.MIN : w.from().date(), monthYear(w.from()),
                        w.to() == null ? "" : monthYear(w.to()), join(", ", nz(w.description()), nz(w.unitText()))));
            }
            for (Position p : v.positions()) {
                if (p.validFrom().isAfter(asOf)) {
                    continue;
                }
                String to = p.validOn(asOf) ? "nay" : my(p.validTo().minusDays(1));
                rows.add(new WorkRow(p.validFrom(), my(p.validFrom()), to, positionText(p) + (p.concurrent() ? " (kiêm nhiệm)" : "")));
            }
            rows.sort(Comparator.comparing(WorkRow::start));
            return rows;
        }

        Lines historyLines(HistoryNoteKind kind, String prompt, HistoryNoteKind also) {
            List<String> text = new ArrayList<>();
            text.add(prompt);
            List<HistoryNote> notes = v.historyNotes().stream().filter(h -> h.kind() == kind || h.kind() == also).toList();
            if (!sensitive) {
                if (!notes.isEmpty()) {
                    text.add(MASK);
                }
            } else {
                for (HistoryNote h : notes) {
                    String period = h.from() == null ? "" : "Từ " + h.from().format() + (h.to() == null ? "" : " đến " + h.to().format()) + ": ";
                    text.add("- " + period + nz(h.description()));
                }
            }
            return new Lines(text, notes.isEmpty() ? 2 : 0);
        }

        Table familyTable(FamilySide side, boolean oldRegimeColumn) {
            List<List<String>> rows = v.family().stream().filter(f -> f.side() == side)
                    .sorted(Comparator.comparing(FamilyMember::sort))
                    .map(f -> {
                        String details = join("; ", nz(f.details()), f.abroad() ? "ở nước ngoài" : "", f.deceased() ? "đã mất" : "");
                        String history = sensitive ? nz(f.politicalHistory()) : (f.politicalHistory() == null ? "" : MASK);
                        List<String> r = new ArrayList<>(List.of(cat(CatalogType.RELATION, f.relationCode()), nz(f.fullName()),
                                f.birthYear() == null ? "" : String.valueOf(f.birthYear())));
                        if (oldRegimeColumn) {
                            r.add(details);
                            r.add(history);
                        } else {
                            r.add(join("; ", details, history));
                        }
                        return (List<String>) r;
                    }).toList();
            if (oldRegimeColumn) {
                return new Table(List.of("Mối quan hệ", "Họ và tên", "Năm sinh",
                        "Quê quán, nghề nghiệp, chức danh, chức vụ, đơn vị công tác, học tập, nơi ở (trong, ngoài nước); thành viên các tổ chức chính trị - xã hội",
                        "Làm việc cho chế độ cũ, tiền án, tiền sự (nếu có)"), List.of(12, 20, 9, 39, 20), orEmpty(rows, 5), false);
            }
            return new Table(List.of("Mối quan hệ", "Họ và tên", "Năm sinh",
                    "Quê quán, nghề nghiệp, chức danh, chức vụ, đơn vị công tác, học tập, nơi ở (trong, ngoài nước); thành viên các tổ chức chính trị - xã hội…"),
                    List.of(14, 22, 10, 54), orEmpty(rows, 4), false);
        }

        List<Salary> salariesUntilAsOf() {
            return v.salaries().stream().filter(x -> !x.validFrom().isAfter(asOf)).sorted(Comparator.comparing(Salary::validFrom)).toList();
        }

        /** Item 31 of 2C, printed transposed: month/year, rank code/step, coefficient; 8 changes per table. */
        List<Block> salaryProgression() {
            List<Salary> all = salariesUntilAsOf();
            List<Block> out = new ArrayList<>();
            int per = 8;
            for (int i = 0; i == 0 || i < all.size(); i += per) {
                List<Salary> chunk = all.subList(Math.min(i, all.size()), Math.min(i + per, all.size()));
                List<String> when = new ArrayList<>(List.of("Tháng/năm"));
                List<String> rank = new ArrayList<>(List.of("Mã ngạch/bậc"));
                List<String> coef = new ArrayList<>(List.of("Hệ số lương"));
                for (Salary x : chunk) {
                    when.add(my(x.validFrom()));
                    rank.add(nz(x.rankCode()) + (x.step() == null ? "" : "/" + x.step()));
                    coef.add(num(x.coefficient()));
                }
                while (when.size() < per + 1) {
                    when.add("");
                    rank.add("");
                    coef.add("");
                }
                List<Integer> widths = new ArrayList<>(List.of(16));
                for (int k = 0; k < per; k++) {
                    widths.add(84 / per);
                }
                out.add(new Table(null, widths, List.of(when, rank, coef), true));
            }
            return out;
        }

        // ---- formatting ------------------------------------------------------------------------------------

        String sens(String value) {
            return sensitive || value == null || value.isEmpty() ? nz(value) : MASK;
        }

        String cat(CatalogType type, String code) {
            return code == null || code.isBlank() ? "" : catalogs.name(type, code);
        }
    }

    static String nz(String s) {
        return s == null ? "" : s.strip();
    }

    static String upper(String s) {
        return nz(s).toUpperCase(Locale.forLanguageTag("vi"));
    }

    static String place(vn.canbo.people.Place p) {
        return p == null ? "" : p.format();
    }

    static String dmy(LocalDate d) {
        return d == null ? "" : DMY.format(d);
    }

    static String my(LocalDate d) {
        return d == null ? "" : MY.format(d);
    }

    static String pd(PartialDate d) {
        return d == null ? "" : d.format();
    }

    /** Tháng, năm of a partial date: a full date shows only its month and year. */
    static String monthYear(PartialDate d) {
        if (d == null) {
            return "";
        }
        return d.precision() == PartialDate.Precision.YEAR ? d.format() : MY.format(d.date());
    }

    /** Vietnamese decimals: 2,34. */
    static String num(BigDecimal n) {
        if (n == null) {
            return "";
        }
        BigDecimal s = n.stripTrailingZeros();
        if (s.scale() < 0) {
            s = s.setScale(0);
        }
        if (n.scale() >= 2 && s.scale() < 2 && s.scale() > 0) {
            s = n.setScale(2, java.math.RoundingMode.HALF_UP);
        }
        return s.toPlainString().replace('.', ',');
    }

    /** Money: 12.345.000 đồng. */
    static String money(BigDecimal n) {
        if (n == null) {
            return "";
        }
        java.text.DecimalFormatSymbols sym = new java.text.DecimalFormatSymbols(Locale.ROOT);
        sym.setGroupingSeparator('.');
        sym.setDecimalSeparator(',');
        return new java.text.DecimalFormat("#,##0", sym).format(n) + " đồng";
    }

    static String join(String sep, String... parts) {
        return Stream.of(parts).filter(p -> p != null && !p.isBlank()).collect(Collectors.joining(sep));
    }

    static List<List<String>> orEmpty(List<List<String>> rows, int columns) {
        if (!rows.isEmpty()) {
            return rows;
        }
        List<String> blank = new ArrayList<>();
        for (int i = 0; i < columns; i++) {
            blank.add("");
        }
        return List.of(blank, blank);
    }

    /** "Nguyễn Thị Hằng" → "nguyen-thi-hang" for file names. */
    static String slug(String name) {
        String f = VietnameseText.fold(name == null ? "" : name).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return f.isEmpty() ? "ho-so" : f;
    }
}
