import { INestApplication, ValidationPipe } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Problem, documentProblems } from './api-errors';
import { limitBodies } from './body-limits';
import { BodyMediaTypeGuard } from './body-media-type.guard';
import { DomainErrorFilter } from './domain-error.filter';
import { RequestInvalid } from './request-invalid';
import { RevisionETagInterceptor } from './revision-etag.interceptor';

/** What every rtop service does at its HTTP edge: bounded JSON bodies, strict validation, one error envelope, OpenAPI. */
export function configureHttp(app: INestApplication, title: string): void {
  limitBodies(app);
  app.useGlobalPipes(
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      exceptionFactory: (errors) => RequestInvalid.of(errors),
    }),
  );
  app.useGlobalGuards(new BodyMediaTypeGuard(app.get(Reflector)));
  app.useGlobalFilters(new DomainErrorFilter());
  app.useGlobalInterceptors(new RevisionETagInterceptor());
  app.enableShutdownHooks();
  const document = documentProblems(
    SwaggerModule.createDocument(
      app,
      new DocumentBuilder()
        .setTitle(title)
        .setDescription(
          'Coordination of the Responsibility to Protect: early warning, assessment, transmission and the case timeline. ' +
            'Every call needs a bearer token naming the acting body and person (`npm run token`). ' +
            'Writes accept If-Match (the revision from an ETag) to refuse lost updates with 409, and Idempotency-Key to make a retry harmless.',
        )
        .setVersion('1')
        .addBearerAuth()
        .build(),
      { extraModels: [Problem] },
    ),
  );
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json', swaggerOptions: { showExtensions: true } });
}
