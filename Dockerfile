# syntax=docker/dockerfile:1

# Build stage: the project's own Maven wrapper on a JDK. Tests run in CI (.ci/run), not in the image build.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /workspace
COPY mvnw pom.xml ./
COPY .mvn .mvn
COPY src src
# Extracted into layers (dependencies change less often than our code, so a rebuild mostly reuses the lower image
# layers), in the layout without launcher: app.jar names its libraries in lib/, the class path CDS needs.
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -q -DskipTests package \
	&& cp target/csto-facts-*.jar app.jar \
	&& java -Djarmode=tools -jar app.jar extract --layers --destination extracted

# Run stage: a Java 25 JRE only, run by an unprivileged user. The jar is compiled for Java 17 (--release 17), so
# users on Java 17 run the same jar; the image takes Java 25 for its AOT cache (below).
FROM eclipse-temurin:25-jre
# curl serves the HEALTHCHECK; the JRE image does not promise to ship it.
RUN apt-get update \
	&& apt-get install -y --no-install-recommends curl \
	&& rm -rf /var/lib/apt/lists/* \
	&& groupadd --system csto \
	&& useradd --system --gid csto --home-dir /app --no-create-home csto
WORKDIR /app
COPY --from=build /workspace/extracted/dependencies/ ./
COPY --from=build /workspace/extracted/spring-boot-loader/ ./
COPY --from=build /workspace/extracted/snapshot-dependencies/ ./
COPY --from=build /workspace/extracted/application/ ./
COPY data/ ./data/
# The JDK's AOT cache (Java 25): a training run on this image's JVM starts the application context (on a
# throw-away database, so nothing is left in the image) and writes the classes it loaded and linked, and the
# profiles of the methods it ran, to app.aot; every start then maps them instead of loading, linking and profiling
# them again. The cache is valid only for this JVM, this class path (the jar the entry point runs) and the same
# options that change the layout of objects, so the training run and the entry point pass the same ones. Both use
# the context the build processed ahead of time (spring.aot.enabled), which skips parsing the configuration and
# evaluating its conditions (bench/startup.sh measures the gains).
RUN java -XX:AOTCacheOutput=app.aot -Dspring.aot.enabled=true -Dspring.context.exit=onRefresh -jar app.jar \
		--spring.datasource.url=jdbc:h2:mem:training \
	&& mkdir var && chown csto:csto var
# The embedded H2 database lives in ./var: a volume keeps stored articles when the container is replaced.
# With SPRING_PROFILES_ACTIVE=postgres and SPRING_DATASOURCE_* it serves PostgreSQL instead (compose.yaml).
VOLUME /app/var
# The management port listens on every interface of the container (the service's default is the loopback), so
# that an orchestrator's probes reach it; it is not exposed, and must never be published.
ENV CSTO_DATA_DIR=/app/data \
	MANAGEMENT_SERVER_ADDRESS=0.0.0.0 \
	JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
USER csto
EXPOSE 8080
# Liveness, on the management port: a database outage is no reason to restart.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
	CMD curl -fsS http://127.0.0.1:8081/actuator/health/liveness || exit 1
ENTRYPOINT ["java", "-XX:AOTCache=app.aot", "-Dspring.aot.enabled=true", "-jar", "app.jar"]
