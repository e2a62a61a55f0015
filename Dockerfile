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
COPY --from=build /src/target/bofast-*.jar /app/bofast.jar
# Heap, GC, metaspace and code cache for 2 cores and an RSS below 1 GiB (see jvm.options)
COPY jvm.options /app/jvm.options
USER bofast
EXPOSE 8080
# MALLOC_ARENA_MAX: glibc's per-thread malloc arenas (up to 8 per core) grow the RSS outside the
# heap; two are enough for 2 cores (an environment variable: it cannot go in jvm.options)
ENV SPRING_PROFILES_ACTIVE=prod TZ=Europe/Stockholm MALLOC_ARENA_MAX=2
HEALTHCHECK --interval=15s --timeout=5s --start-period=90s --retries=5 \
  CMD curl -fsS http://localhost:8080/actuator/health || exit 1
ENTRYPOINT ["java", "@/app/jvm.options", "-jar", "/app/bofast.jar"]
