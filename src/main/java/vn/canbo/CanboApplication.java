package vn.canbo;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** canbo — hệ thống quản lý cán bộ. A modular monolith: one package per feature. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CanboApplication {

	public static void main(String[] args) {
		SpringApplication.run(CanboApplication.class, args);
	}

}
