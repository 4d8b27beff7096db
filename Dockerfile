# Production image: the jar built with -Pproduction on Java 17.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml ./
COPY .mvn .mvn
COPY mvnw ./
COPY src src
COPY processes processes
COPY forms forms
RUN ./mvnw -B -Pproduction -DskipTests package

FROM eclipse-temurin:17-jre
WORKDIR /app
RUN useradd --system --home /app tongban && chown tongban /app
COPY --from=build /src/target/tongban-*.jar /app/tongban.jar
USER tongban
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/tongban.jar"]
