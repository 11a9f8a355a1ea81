import { EdgeRefusal } from '@rtop/http';
import { RequestHandler, urlencoded } from 'express';

/** A token and the page to go to: a few kilobytes at most, even for a provider's long tokens. */
const SIGN_IN_FORM_BYTES = 16 * 1024;

const parseForm = urlencoded({ extended: false, limit: SIGN_IN_FORM_BYTES, parameterLimit: 4 });

/** The sign-in form's body, the one body in rtop that is form-encoded (a browser posts it without a script). */
export const signInFormBody: RequestHandler = (request, response, next) => {
  parseForm(request, response, (error?: unknown) => {
    if (!error) {
      next();
    } else if ((error as { type?: unknown }).type === 'entity.too.large') {
      next(new EdgeRefusal(413, 'body-too-large', `the sign-in form is at most ${String(SIGN_IN_FORM_BYTES)} bytes`));
    } else {
      next(new EdgeRefusal(400, 'sign-in-form', 'the sign-in form could not be read'));
    }
  });
};
