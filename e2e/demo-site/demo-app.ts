import cookieParser from 'cookie-parser';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import { errorText } from '../../src/text/error-text';
import { cookieBasicsRoutes } from './cookie-basics-routes';
import { csrfProtection } from './csrf-protection';
import type { DemoConfig } from './demo-options';
import { djangoSignedCookieRoutes } from './django-signed-cookie-routes';
import { homePageRoutes } from './home-page-routes';
import { html, sendPage } from './html-page';
import { limitsRoutes } from './limits-routes';
import { sessionRoutes } from './session-routes';
import type { SessionBackend } from './session-stores';
import { shortLoginRoutes } from './short-login-routes';
import { signedCookieRoutes } from './signed-cookie-routes';
import { testCookieRoutes } from './test-cookie-routes';
import { visitCounterRoutes } from './visit-counter-routes';

function statusOf(error: unknown): number {
  const status: unknown =
    typeof error === 'object' && error !== null ? Reflect.get(error, 'status') : undefined;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : 500;
}

/** The whole site as one Express app; the http and https servers share it. */
export function createDemoApp(
  config: DemoConfig,
  backend: SessionBackend,
  secret: string,
): Express {
  const app = express();
  app.disable('x-powered-by');
  // The same secret as express-session's, so cookie-parser also verifies the session id cookie.
  app.use(cookieParser(secret));
  app.use(express.urlencoded({ extended: false, limit: '64kb', parameterLimit: 50 }));
  const csrf = csrfProtection(secret);
  app.use(csrf.middleware);

  app.use('/', homePageRoutes(config));
  app.use('/cookies', cookieBasicsRoutes(config));
  app.use('/visits', visitCounterRoutes(config));
  app.use('/login', shortLoginRoutes(config));
  app.use('/test-cookie', testCookieRoutes(backend));
  app.use('/sessions', sessionRoutes(config, backend));
  app.use('/signed/django', djangoSignedCookieRoutes(config, secret));
  app.use('/signed', signedCookieRoutes());
  app.use('/limits', limitsRoutes());

  app.use((req: Request, res: Response) => {
    sendPage(
      req,
      res,
      {
        title: 'Not found',
        actions: [],
        body: html`<p>No page at <code>${req.path}</code>. <a href="/">Start here</a>.</p>`,
      },
      404,
    );
  });

  app.use(csrf.forbidden);

  // Anything thrown ends here as a page: bad input must never take the server down.
  app.use((error: unknown, req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(error);
    const status = statusOf(error);
    if (status === 500) console.error('demo site error:', error);
    const message = errorText(error);
    sendPage(
      req,
      res,
      {
        title: status === 500 ? 'Server error' : 'Bad request',
        actions: [html`Changed nothing: the request failed.`],
        body: html`<p class="error" id="form-error">${message}</p><p><a href="/">Start again</a></p>`,
      },
      status,
    );
  });
  return app;
}
