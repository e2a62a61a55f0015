# Build: only a JDK is needed, the Maven wrapper brings Maven.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
COPY processes processes
COPY forms forms
RUN ./mvnw -B -q package -DskipTests

# Run: the fat jar on a JRE, as an unprivileged user.
FROM eclipse-temurin:17-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 bofast
WORKDIR /app
COPY --from=build /src/target/bofast-*.jar /tmp/bofast.jar
# Heap, GC, metaspace and code cache for 2 cores and an RSS below 1 GiB (see jvm.options)
COPY jvm.options /app/jvm.options
# Start-up: a class data sharing archive (CDS) of the classes the application loads. It needs
# the jar extracted (Spring Boot's jarmode tools: /app/bofast/bofast.jar and lib/) and one
# training start that exits once the context is up (default profile, a throw-away H2 database).
# A start then maps the classes instead of loading and verifying them: on the development
# machine the CPU time of a restart fell from 125 s to 48 s (see docs/performance.md). When the
# archive does not match, the JVM warns and starts without it.
RUN java -Djarmode=tools -jar /tmp/bofast.jar extract --destination /app/bofast && rm /tmp/bofast.jar \
    && java @/app/jvm.options -XX:ArchiveClassesAtExit=/app/bofast.jsa -Dspring.context.exit=onRefresh \
       -jar /app/bofast/bofast.jar --spring.profiles.active=default --bofast.data-dir=/tmp/cds-training \
    && rm -rf /tmp/cds-training
USER bofast
EXPOSE 8080
# MALLOC_ARENA_MAX: glibc's per-thread malloc arenas (up to 8 per core) grow the RSS outside the
# heap; two are enough for 2 cores (an environment variable: it cannot go in jvm.options)
ENV SPRING_PROFILES_ACTIVE=prod TZ=Europe/Stockholm MALLOC_ARENA_MAX=2
HEALTHCHECK --interval=15s --timeout=5s --start-period=90s --retries=5 \
  CMD curl -fsS http://localhost:8080/actuator/health || exit 1
ENTRYPOINT ["java", "@/app/jvm.options", "-XX:SharedArchiveFile=/app/bofast.jsa", "-jar", "/app/bofast/bofast.jar"]
