package vn.canbo.people;

/**
 * Nơi sinh / quê quán: the historical commune, district (nullable, abolished 1/7/2025)
 * and province as written on old papers, plus the optional current two-tier form
 * (xã/phường mới, tỉnh/thành phố mới).
 */
@org.springframework.modulith.NamedInterface("api")
public record Place(String commune, String district, String province, String communeNew, String provinceNew) {

	public static final Place EMPTY = new Place(null, null, null, null, null);

	/** "xã, huyện, tỉnh" as printed on the CV form. */
	public String format() {
		StringBuilder b = new StringBuilder();
		for (String s : new String[] { commune, district, province }) {
			if (s != null && !s.isBlank()) {
				b.append(b.isEmpty() ? "" : ", ").append(s);
			}
		}
		return b.toString();
	}
}
