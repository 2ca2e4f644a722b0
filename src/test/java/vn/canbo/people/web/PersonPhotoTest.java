package vn.canbo.people.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Random;
import java.util.UUID;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
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
 * Issue 20 point 13: the dossier photo — JPEG and PNG accepted by content, cropped to 2:3
 * and stored at 400×600; a renamed text file, an over-size file and a huge-dimension
 * image refused in Vietnamese; roles and scope as every dossier change; the photo shown
 * on the dossier and printed on the 2C PDF and DOCX.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class PersonPhotoTest {

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
			.create(new UnitService.NewUnit("AT-" + k, "Tỉnh Ảnh " + k, null, "DIA_BAN", AdminLevel.PROVINCE, null,
					founded))
			.id();
		long commune = units
			.create(new UnitService.NewUnit("AX-" + k, "UBND xã Ảnh " + k, null, "UBND", AdminLevel.COMMUNE, province,
					founded))
			.id();
		otherProvince = units
			.create(new UnitService.NewUnit("AK-" + k, "Tỉnh Khác " + k, null, "DIA_BAN", AdminLevel.PROVINCE, null,
					founded))
			.id();
		person = people
			.create(PeopleTestData.newPerson("Lê Văn Ảnh", PeopleTestData.nationalId(), commune), Scope.all())
			.id();
	}

	RequestPostProcessor officer() {
		return TestUsers.officer(province);
	}

	/** A landscape picture, red on the left half, blue on the right. */
	static BufferedImage picture(int w, int h) {
		BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = img.createGraphics();
		g.setColor(Color.RED);
		g.fillRect(0, 0, w / 2, h);
		g.setColor(Color.BLUE);
		g.fillRect(w / 2, 0, w - w / 2, h);
		g.dispose();
		return img;
	}

	static byte[] encode(BufferedImage img, String format) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		assertThat(ImageIO.write(img, format, out)).isTrue();
		return out.toByteArray();
	}

	org.springframework.test.web.servlet.ResultActions upload(String name, byte[] bytes, RequestPostProcessor user)
			throws Exception {
		return mvc.perform(multipart("/persons/" + person + "/photo")
			.file(new MockMultipartFile("photo", name, "image/jpeg", bytes))
			.with(user)
			.with(csrf()));
	}

	int photos(boolean current) {
		return jdbc
			.sql("select count(*) from person_photo where person_id = ?"
					+ (current ? " and valid_to is null" : " and valid_to is not null"))
			.param(person)
			.query(Integer.class)
			.single();
	}

	byte[] storedPhoto() throws Exception {
		return mvc.perform(get("/persons/" + person + "/photo").with(officer()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	@Test
	void pngAndJpegAreCroppedToFourBySixAndAReplacedPhotoIsKept() throws Exception {
		upload("chan-dung.png", encode(picture(900, 600), "png"), officer()).andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("ok", "people.photo.saved"));
		BufferedImage stored = ImageIO.read(new ByteArrayInputStream(storedPhoto()));
		assertThat(stored.getWidth()).isEqualTo(400);
		assertThat(stored.getHeight()).isEqualTo(600);
		// the centred 2:3 crop of a 900×600 picture is x 300..700: red, then blue
		assertThat(new Color(stored.getRGB(20, 300)).getRed()).isGreaterThan(200);
		assertThat(new Color(stored.getRGB(380, 300)).getBlue()).isGreaterThan(200);
		// a JPEG named .png is taken by its content too; the first photo stays, ended
		upload("anh.png", encode(picture(300, 450), "jpg"), officer())
			.andExpect(flash().attribute("ok", "people.photo.saved"));
		assertThat(photos(true)).isEqualTo(1);
		assertThat(photos(false)).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'person_photo' and person_id = ?")
			.param(person)
			.query(Integer.class)
			.single()).isEqualTo(2);
		String dossier = mvc.perform(get("/persons/" + person).with(officer()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(dossier).contains("id=\"dossier-photo\"").contains("/persons/" + person + "/photo");
	}

	@Test
	void aTextFileNamedJpgIsRefusedInVietnamese() throws Exception {
		upload("anh.jpg", "Đây không phải là ảnh".getBytes(StandardCharsets.UTF_8), officer())
			.andExpect(status().is3xxRedirection())
			.andExpect(
					flash().attribute("error", org.hamcrest.Matchers.containsString("không phải ảnh JPEG hoặc PNG")));
		// a GIF is an image, but not one the dossier takes
		upload("anh.jpg", encode(picture(40, 60), "gif"), officer()).andExpect(
				flash().attribute("error", org.hamcrest.Matchers.containsString("không phải ảnh JPEG hoặc PNG")));
		assertThat(photos(true)).isZero();
	}

	@Test
	void anOverSizeFileIsRefused() throws Exception {
		// noise does not compress: 1,700×1,700 RGB is well over the 5 MB limit as PNG
		BufferedImage noise = new BufferedImage(1700, 1700, BufferedImage.TYPE_INT_RGB);
		Random r = new Random(7);
		for (int y = 0; y < 1700; y++) {
			for (int x = 0; x < 1700; x++) {
				noise.setRGB(x, y, r.nextInt());
			}
		}
		byte[] big = encode(noise, "png");
		assertThat(big.length).isGreaterThan(5 * 1024 * 1024);
		upload("lon.png", big, officer())
			.andExpect(flash().attribute("error", org.hamcrest.Matchers.containsString("vượt quá giới hạn 5,0 MB")));
		assertThat(photos(true)).isZero();
	}

	@Test
	void aHugeDimensionImageIsRefusedBeforeDecoding() throws Exception {
		// a tiny PNG whose header declares 50,000×50,000 pixels (a decompression bomb
		// would be this header over a few kilobytes of zeros)
		byte[] png = encode(picture(2, 3), "png");
		java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(png);
		b.putInt(16, 50_000);
		b.putInt(20, 50_000);
		CRC32 crc = new CRC32();
		crc.update(png, 12, 17); // "IHDR" and its 13 bytes
		b.putInt(29, (int) crc.getValue());
		upload("bom.png", png, officer()).andExpect(
				flash().attribute("error", org.hamcrest.Matchers.containsString("50000×50000 điểm ảnh quá lớn")));
		assertThat(photos(true)).isZero();
	}

	@Test
	void aRoleThatCannotEditCannotUploadAndOutsideTheScopeIsA404() throws Exception {
		byte[] jpeg = encode(picture(200, 300), "jpg");
		upload("a.jpg", jpeg, TestUsers.as(Role.LEADER, province)).andExpect(status().isForbidden());
		upload("a.jpg", jpeg, TestUsers.officer(otherProvince)).andExpect(status().isNotFound());
		mvc.perform(get("/persons/" + person + "/photo").with(officer())).andExpect(status().isNotFound());
		assertThat(photos(true)).isZero();
		upload("a.jpg", jpeg, officer()).andExpect(flash().attribute("ok", "people.photo.saved"));
		mvc.perform(get("/persons/" + person + "/photo").with(TestUsers.officer(otherProvince)))
			.andExpect(status().isNotFound());
	}

	@Test
	void theTwoCPdfAndDocxPrintThePhoto() throws Exception {
		byte[] before = cv("pdf");
		assertThat(images(before)).isZero();
		upload("a.png", encode(picture(400, 600), "png"), officer())
			.andExpect(flash().attribute("ok", "people.photo.saved"));
		assertThat(images(cv("pdf"))).isEqualTo(1);
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(cv("docx")))) {
			assertThat(doc.getAllPictures()).hasSize(1);
			assertThat(doc.getAllPictures().get(0).getPictureType())
				.isEqualTo(org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_JPEG);
		}
	}

	byte[] cv(String ext) throws Exception {
		return mvc.perform(get("/documents/persons/" + person + "/cv." + ext).with(officer()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	static int images(byte[] pdf) throws IOException {
		int n = 0;
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			for (PDPage p : doc.getPages()) {
				for (COSName name : p.getResources().getXObjectNames()) {
					n += p.getResources().isImageXObject(name) ? 1 : 0;
				}
			}
		}
		return n;
	}

}
