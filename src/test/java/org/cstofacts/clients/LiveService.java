package org.cstofacts.clients;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * The whole service on a random port with the shipped article loaded and writes enabled, as the consumer tests
 * meet it over HTTP. The classes that carry it share one running service.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "csto.data-dir=data", "csto.api-key=" + LiveService.API_KEY, "logging.level.root=WARN" })
@interface LiveService {

	String API_KEY = "consumer-test-key";

}
