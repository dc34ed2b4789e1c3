package org.cstofacts.web;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which web pages on other origins may call the API from a browser.
 * @param allowedOrigins origins (or patterns such as {@code https://*.example.org}) that may read the API;
 * everyone by default, since the data is public
 * @param writeOrigins origins that may also write (POST and DELETE with an {@code X-API-Key}); none by default,
 * so that a key pasted into a page elsewhere cannot be used from there
 */
@ConfigurationProperties("csto.cors")
public record CorsProperties(@DefaultValue("*") List<String> allowedOrigins, @DefaultValue List<String> writeOrigins) {

}
