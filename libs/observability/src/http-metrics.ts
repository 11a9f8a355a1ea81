import { Injectable, OnApplicationBootstrap, RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import type { NextFunction, Request, Response } from 'express';
import { commandOutcomes, httpDuration } from './metrics';
import { routeOf } from './route-of';

const WRITES: ReadonlySet<string> = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

const paths = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : [typeof value === 'string' ? value : '']);
const joined = (...parts: string[]) =>
  `/${parts
    .flatMap((part) => part.split('/'))
    .filter(Boolean)
    .join('/')}`;
/** `FocalPointModule` → `focal-point`: a context's module names its context. */
const contextOf = (moduleName: string) =>
  moduleName
    .replace(/Module$/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase();

/**
 * Every request's latency by route template, and every command's outcome: accepted, or the rule
 * that refused it (the one error envelope names it in `response.locals.rule`).
 */
@Injectable()
export class HttpMetrics implements OnApplicationBootstrap {
  /** `POST /cases/:caseId/reports` → the context whose module declares that route. */
  private readonly contexts = new Map<string, string>();

  constructor(private readonly discovery: DiscoveryService) {}

  onApplicationBootstrap(): void {
    const scanner = new MetadataScanner();
    for (const controller of this.discovery.getControllers()) {
      const { metatype, host } = controller;
      if (!metatype || !host) continue;
      const context = contextOf(host.metatype.name);
      const prototype = metatype.prototype as Record<string, object>;
      for (const name of scanner.getAllMethodNames(prototype)) {
        const handler = prototype[name];
        const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
        if (method === undefined) continue;
        for (const base of paths(Reflect.getMetadata(PATH_METADATA, metatype))) {
          for (const path of paths(Reflect.getMetadata(PATH_METADATA, handler)))
            this.contexts.set(`${RequestMethod[method]} ${joined(base, path)}`, context);
        }
      }
    }
  }

  readonly measure = (request: Request, response: Response, next: NextFunction): void => {
    const timed = httpDuration.startTimer();
    response.once('close', () => {
      const { method } = request;
      const route = routeOf(request);
      timed({ method, route, status: String(response.statusCode) });
      if (!WRITES.has(method) || route === 'unmatched') return;
      const outcome = response.statusCode < 400 ? 'accepted' : String(response.locals.rule ?? `http-${String(response.statusCode)}`);
      commandOutcomes.inc({ context: this.contexts.get(`${method} ${joined(route)}`) ?? 'platform', method, route, outcome });
    });
    next();
  };
}
