package org.cstofacts;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class CstoFactsApplication {

	public static void main(String[] args) {
		SpringApplication.run(CstoFactsApplication.class, args);
	}

}
