package org.cstofacts.version;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.stereotype.Component;

/**
 * The version of the running build, as the OpenAPI document, the API index and ETags show it. It comes from
 * the build's {@code build-info.properties} when the build writes one, else from the jar manifest, which Boot's
 * parent fills with the project version; a run from the IDE or the test classpath has neither.
 */
@Component
public class ApplicationVersion {

	static final String UNPACKAGED = "development";

	private final String version;

	public ApplicationVersion(ObjectProvider<BuildProperties> buildProperties) {
		BuildProperties build = buildProperties.getIfAvailable();
		String manifestVersion = ApplicationVersion.class.getPackage().getImplementationVersion();
		if (build != null && build.getVersion() != null) {
			this.version = build.getVersion();
		}
		else {
			this.version = (manifestVersion != null) ? manifestVersion : UNPACKAGED;
		}
	}

	public String value() {
		return this.version;
	}

	@Override
	public String toString() {
		return this.version;
	}

}
