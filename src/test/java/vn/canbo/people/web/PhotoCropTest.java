package vn.canbo.people.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.org.AdminLevel;
import vn.canbo.org.UnitService;
import vn.canbo.people.PeopleTestData;
import vn.canbo.people.PersonService;
import vn.canbo.security.Role;
import vn.canbo.security.TestUsers;
import vn.canbo.shared.Scope;

/**
 * Issue 20 point 13, the crop box: the rectangle the user framed (cropX, cropY,
 * cropWidth, cropHeight in the picture's pixels) is what is stored, scaled to 400×600; a
 * rectangle outside the picture, too small, not 2:3 or not numeric is refused in
 * Vietnamese naming its fields, all at once; the current photo can be removed (ended,
 * audited), by the roles and within the scope of every dossier change.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class PhotoCropTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UnitService units;

	@Autowired
	PersonService people;

	@Autowired
	JdbcClient jdbc;

	long province;

	long otherProvince;

	long person;

	@BeforeEach
	void data() {
		String k = UUID.randomUUID().toString().substring(0, 8);
		LocalDate founded = LocalDate.of(2000, 1, 1);
		province = units
			.create(new UnitService.NewUnit("CT-" + k, "Tỉnh Khung " + k, null, "DIA_BAN", AdminLevel.PROVINCE, null,
					founded))
			.id();
		long commune = units
			.create(new UnitService.NewUnit("CX-" + k, "UBND xã Khung " + k, null, "UBND", AdminLevel.COMMUNE, province,
					founded))
			.id();
		otherProvince = units
			.create(new UnitService.NewUnit("CK-" + k, "Tỉnh Khác " + k, null, "DIA_BAN", AdminLevel.PROVINCE, null,
					founded))
			.id();
		person = people
			.create(PeopleTestData.newPerson("Phan Thị Khung", PeopleTestData.nationalId(), commune), Scope.all())
			.id();
	}

	RequestPostProcessor officer() {
		return TestUsers.officer(province);
	}

	/**
	 * A landscape picture in four quadrants meeting at (w/2, h/2): red top left, green
	 * top right, blue bottom left, yellow bottom right.
	 */
	static BufferedImage quadrants(int w, int h) {
		BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = img.createGraphics();
		g.setColor(Color.RED);
		g.fillRect(0, 0, w / 2, h / 2);
		g.setColor(Color.GREEN);
		g.fillRect(w / 2, 0, w - w / 2, h / 2);
		g.setColor(Color.BLUE);
		g.fillRect(0, h / 2, w / 2, h - h / 2);
		g.setColor(Color.YELLOW);
		g.fillRect(w / 2, h / 2, w - w / 2, h - h / 2);
		g.dispose();
		return img;
	}

	/**
	 * A phone's portrait: the upright picture {@code upright} stored turned a quarter to
	 * the left, with the EXIF orientation 6 ("turn it a quarter right to show it").
	 */
	static byte[] phonePortrait(BufferedImage upright) throws Exception {
		int w = upright.getWidth();
		int h = upright.getHeight();
		BufferedImage stored = new BufferedImage(h, w, BufferedImage.TYPE_INT_RGB);
		for (int y = 0; y < h; y++) {
			for (int x = 0; x < w; x++) {
				stored.setRGB(y, w - 1 - x, upright.getRGB(x, y));
			}
		}
		byte[] jpeg = PersonPhotoTest.encode(stored, "jpg");
		byte[] app1 = { (byte) 0xFF, (byte) 0xE1, 0, 34, 'E', 'x', 'i', 'f', 0, 0, 'M', 'M', 0, 42, 0, 0, 0, 8, 0, 1,
				0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, 6, 0, 0, 0, 0, 0, 0 };
		byte[] out = new byte[jpeg.length + app1.length];
		System.arraycopy(jpeg, 0, out, 0, 2); // SOI, then the EXIF segment, then the rest
		System.arraycopy(app1, 0, out, 2, app1.length);
		System.arraycopy(jpeg, 2, out, 2 + app1.length, jpeg.length - 2);
		return out;
	}

	ResultActions upload(RequestPostProcessor user, String... crop) throws Exception {
		return upload(PersonPhotoTest.encode(quadrants(1200, 900), "png"), user, crop);
	}

	ResultActions upload(byte[] picture, RequestPostProcessor user, String... crop) throws Exception {
		MockMultipartHttpServletRequestBuilder b = multipart("/persons/" + person + "/photo")
			.file(new MockMultipartFile("photo", "a.jpg", "image/jpeg", picture));
		String[] names = { "cropX", "cropY", "cropWidth", "cropHeight" };
		for (int i = 0; i < crop.length; i++) {
			b.param(names[i], crop[i]);
		}
		return mvc.perform(b.with(user).with(csrf()));
	}

	int current() {
		return jdbc.sql("select count(*) from person_photo where person_id = ? and valid_to is null")
			.param(person)
			.query(Integer.class)
			.single();
	}

	BufferedImage stored() throws Exception {
		byte[] jpeg = mvc.perform(get("/persons/" + person + "/photo").with(officer()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		return ImageIO.read(new ByteArrayInputStream(jpeg));
	}

	/** Which of the four colours a pixel is (JPEG blurs the values a little). */
	static String colour(BufferedImage img, int x, int y) {
		Color c = new Color(img.getRGB(x, y));
		boolean r = c.getRed() > 180;
		boolean g = c.getGreen() > 180;
		boolean b = c.getBlue() > 180;
		return r && g && !b ? "yellow"
				: r && !g && !b ? "red" : !r && g && !b ? "green" : !r && !g && b ? "blue" : c.toString();
	}

	@Test
	void theFramedRectangleIsWhatIsStored() throws Exception {
		// x 500..700 and y 350..650 of a 1200×900 picture: the quadrants meet a quarter
		// of
		// the way from its top-left corner — at (200, 200) of the 400×600 photo. The
		// centred
		// crop (x 300..900, the full height) would put the meeting point at (200, 300).
		upload(officer(), "500", "350", "200", "300").andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("ok", "people.photo.saved"));
		BufferedImage p = stored();
		assertThat(p.getWidth()).isEqualTo(400);
		assertThat(p.getHeight()).isEqualTo(600);
		assertThat(colour(p, 100, 100)).isEqualTo("red");
		assertThat(colour(p, 300, 100)).isEqualTo("green");
		assertThat(colour(p, 100, 250)).isEqualTo("blue"); // red in the centred crop
		assertThat(colour(p, 300, 250)).isEqualTo("yellow");
		assertThat(colour(p, 100, 500)).isEqualTo("blue");
		assertThat(colour(p, 300, 500)).isEqualTo("yellow");
		String after = jdbc
			.sql("select after::text from audit_event where entity_type = 'person_photo' and person_id = ?"
					+ " and action = 'CREATE'")
			.param(person)
			.query(String.class)
			.single();
		assertThat(after).contains("500,350 200×300");
		// the whole green quadrant, a ratio the box rounds to (201×300 is within 2 %)
		upload(officer(), "650", "0", "201", "300").andExpect(flash().attribute("ok", "people.photo.saved"));
		BufferedImage q = stored();
		assertThat(colour(q, 5, 5)).isEqualTo("green");
		assertThat(colour(q, 394, 594)).isEqualTo("green");
		// no rectangle: the centred crop, as before the crop box
		upload(officer()).andExpect(flash().attribute("ok", "people.photo.saved"));
		assertThat(colour(stored(), 100, 250)).isEqualTo("red");
	}

	@Test
	void aPhonePortraitIsFramedAndStoredUpright() throws Exception {
		// stored 900×600 turned, shown 600×900 upright: the frame is in the upright
		// picture
		byte[] phone = phonePortrait(quadrants(600, 900));
		upload(phone, officer(), "150", "225", "300", "450").andExpect(flash().attribute("ok", "people.photo.saved"));
		BufferedImage p = stored();
		assertThat(p.getWidth()).isEqualTo(400);
		assertThat(p.getHeight()).isEqualTo(600);
		assertThat(colour(p, 100, 150)).isEqualTo("red");
		assertThat(colour(p, 300, 150)).isEqualTo("green");
		assertThat(colour(p, 100, 450)).isEqualTo("blue");
		assertThat(colour(p, 300, 450)).isEqualTo("yellow");
		// the top-left quarter only, then no frame: the whole upright picture
		upload(phone, officer(), "0", "0", "300", "450").andExpect(flash().attribute("ok", "people.photo.saved"));
		assertThat(colour(stored(), 390, 590)).isEqualTo("red");
		upload(phone, officer()).andExpect(flash().attribute("ok", "people.photo.saved"));
		BufferedImage whole = stored();
		assertThat(colour(whole, 20, 20)).isEqualTo("red");
		assertThat(colour(whole, 380, 20)).isEqualTo("green");
		assertThat(colour(whole, 20, 580)).isEqualTo("blue");
		// outside the upright picture (600 wide), although inside the stored one (900)
		upload(phone, officer(), "400", "0", "300", "450")
			.andExpect(flash().attribute("error", containsString("(400 + 300 lớn hơn 600 điểm ảnh")));
	}

	@Test
	void badRectanglesAreRefusedNamingTheirFields() throws Exception {
		upload(officer(), "1100", "0", "200", "300").andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("error",
					containsString("Vùng cắt ảnh — chiều rộng: vượt ra ngoài ảnh (1100 + 200 lớn hơn 1200 điểm ảnh")));
		upload(officer(), "-5", "0", "100", "100").andExpect(flash().attribute("error",
				allOf(containsString("lề trái (x): -5 điểm ảnh: phải từ 0 trở lên"),
						containsString("chiều rộng: 100 điểm ảnh nhỏ hơn mức tối thiểu 120 điểm ảnh"),
						containsString("chiều cao: 100 điểm ảnh nhỏ hơn mức tối thiểu 180 điểm ảnh"),
						containsString("khung cắt: 100×100 điểm ảnh không theo tỷ lệ 4×6"))));
		upload(officer(), "0", "0", "400", "400")
			.andExpect(flash().attribute("error", containsString("400×400 điểm ảnh không theo tỷ lệ 4×6")));
		upload(officer(), "abc", "0", "200", "").andExpect(
				flash().attribute("error", allOf(containsString("lề trái (x): “abc” không phải số nguyên điểm ảnh"),
						containsString("chiều cao: chưa có giá trị"))));
		assertThat(current()).isZero();
	}

	@Test
	void theCurrentPhotoCanBeRemovedByWhoMayEditTheDossier() throws Exception {
		upload(officer(), "500", "350", "200", "300").andExpect(flash().attribute("ok", "people.photo.saved"));
		String page = mvc.perform(get("/persons/" + person).with(officer()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("/persons/" + person + "/photo/delete").contains("data-confirm=\"Xóa ảnh 4×6");
		mvc.perform(post("/persons/" + person + "/photo/delete").with(TestUsers.as(Role.LEADER, province)).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/persons/" + person + "/photo/delete").with(TestUsers.officer(otherProvince)).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(current()).isEqualTo(1);
		mvc.perform(post("/persons/" + person + "/photo/delete").with(officer()).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("ok", "people.photo.removed"));
		assertThat(current()).isZero();
		assertThat(jdbc.sql("select count(*) from person_photo where person_id = ? and valid_to is not null")
			.param(person)
			.query(Integer.class)
			.single()).isEqualTo(1);
		assertThat(jdbc
			.sql("select count(*) from audit_event where entity_type = 'person_photo' and person_id = ?"
					+ " and action = 'DELETE' and before is not null")
			.param(person)
			.query(Integer.class)
			.single()).isEqualTo(1);
		mvc.perform(get("/persons/" + person + "/photo").with(officer())).andExpect(status().isNotFound());
		String after = mvc.perform(get("/persons/" + person).with(officer()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(after).doesNotContain("id=\"dossier-photo\"").doesNotContain("/photo/delete");
		mvc.perform(post("/persons/" + person + "/photo/delete").with(officer()).with(csrf()))
			.andExpect(flash().attribute("error", "Hồ sơ không có ảnh 4×6 để xóa"));
	}

}
