package vn.canbo.documents;

import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.canbo.catalog.Catalogs;
import vn.canbo.documents.CvModel.Signature;
import vn.canbo.org.UnitView;
import vn.canbo.org.Units;
import vn.canbo.people.PersonView;
import vn.canbo.people.Position;
import vn.canbo.rules.RatingFacts;

import static vn.canbo.documents.CvFormats.nz;
import static vn.canbo.documents.CvFormats.slug;

/**
 * Turns a dossier as of a date into the items of the printed form (Mẫu 2C-BNV/2008 or the
 * 38-item layout): the header, signature and file name are common; the items are built by
 * {@link Cv2cBuilder} or {@link Cv38Builder}. Only entries that began on or before the
 * date are printed; positions and salaries are those valid on it. Without SENSITIVE_READ
 * the sensitive values (dân tộc, tôn giáo, CCCD, sức khỏe, lịch sử bản thân, tiền án của
 * người thân…) are masked with {@link vn.canbo.security.Masking}.
 */
@Component
class CvModelBuilder {

	private final Catalogs catalogs;

	private final Units units;

	private final ObjectProvider<RatingFacts> ratings;

	private final ObjectProvider<CvTrainingSource> courses;

	private final ObjectProvider<CvPlanningSource> planning;

	CvModelBuilder(Catalogs catalogs, Units units, ObjectProvider<RatingFacts> ratings,
			ObjectProvider<CvTrainingSource> courses, ObjectProvider<CvPlanningSource> planning) {
		this.planning = planning;
		this.catalogs = catalogs;
		this.units = units;
		this.ratings = ratings;
		this.courses = courses;
	}

	CvModel build(PersonView v, CvLayout layout, boolean sensitive) {
		String managing = "";
		String using = "";
		Position main = v.mainPosition();
		if (main != null) {
			using = nz(main.unitName());
			List<UnitView> path = units.path(main.unitId(), v.asOf());
			if (path.size() >= 2) {
				managing = path.get(path.size() - 2).name();
			}
		}
		String name = nz(v.data().fullName());
		String file = "SYLL_" + layout.name() + "_" + v.id() + "_" + slug(name) + "_" + v.asOf();
		Signature sign = new Signature("Người khai",
				"Tôi xin cam đoan những lời khai trên đây là đúng sự thật\n(Ký tên, ghi rõ họ tên)", name,
				"…………, ngày …… tháng …… năm 20……",
				layout == CvLayout.BNV_2008 ? "Thủ trưởng cơ quan, đơn vị quản lý và sử dụng CBCC"
						: "Thủ trưởng cơ quan, tổ chức, đơn vị sử dụng",
				"(Ký tên, đóng dấu)");
		var trained = courses.getIfAvailable(() -> CvTrainingSource.NONE).trainings(v.id(), v.asOf());
		if (layout == CvLayout.BNV_2008) {
			return new Cv2cBuilder(catalogs, v, sensitive, trained).model(managing, using, sign, name, file);
		}
		// 35.1: the final annual ratings ("xếp loại chuyên môn") up to the date's year
		var rated = ratings.getIfAvailable(() -> RatingFacts.NONE).finalRatings(v.id(), 1900, v.asOf().getYear());
		// 24: the titles planned for (issue 17, from the planning module)
		var planned = planning.getIfAvailable(() -> CvPlanningSource.NONE).plannedTitles(v.id(), v.asOf());
		return new Cv38Builder(catalogs, v, sensitive, rated, trained, planned).model(managing, using, sign, name,
				file);
	}

}
