import { INestApplication, ValidationPipe } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { DomainErrorFilter } from './domain-error.filter';
import { RevisionETagInterceptor } from './revision-etag.interceptor';

/** What every rtop service does at its HTTP edge: strict validation, rule-named errors, OpenAPI. */
export function configureHttp(app: INestApplication, title: string): void {
  app.useGlobalPipes(new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true }));
  app.useGlobalFilters(new DomainErrorFilter());
  app.useGlobalInterceptors(new RevisionETagInterceptor());
  app.enableShutdownHooks();
  const document = SwaggerModule.createDocument(
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
  );
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json', swaggerOptions: { showExtensions: true } });
}
